<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CliOutput</name>
    <message>
        <location filename="../app/cli/clioutput.cpp" line="117"/>
        <source>No app password given: pass it on standard input with --password-stdin.</source>
        <translation>Kein App-Passwort angegeben: Übergeben Sie es mit --password-stdin über die Standardeingabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioutput.cpp" line="133"/>
        <source>Standard input ended before an app password was read.</source>
        <translation>Die Standardeingabe endete, bevor ein App-Passwort gelesen wurde.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioutput.cpp" line="142"/>
        <source>The app password is empty.</source>
        <translation>Das App-Passwort ist leer.</translation>
    </message>
</context>
<context>
    <name>NetworkOptions</name>
    <message>
        <location filename="../app/cli/networkoptions.cpp" line="20"/>
        <source>--dns-server takes an IP address, not &quot;%1&quot;.</source>
        <translation>--dns-server erwartet eine IP-Adresse, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>Satchel::Account</name>
    <message>
        <location filename="../core/accounts/account.cpp" line="87"/>
        <source>a service has an unknown type, security or port</source>
        <translation>ein Dienst hat einen unbekannten Typ, ein unbekanntes Sicherheitsverfahren oder einen unbekannten Port</translation>
    </message>
    <message>
        <location filename="../core/accounts/account.cpp" line="125"/>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../core/accounts/account.cpp" line="127"/>
        <source>An account has either IMAP or POP3 for incoming mail, not both.</source>
        <translation>Ein Konto empfängt Nachrichten entweder per IMAP oder per POP3, nicht mit beidem.</translation>
    </message>
    <message>
        <location filename="../core/accounts/account.cpp" line="133"/>
        <source>The account has more than one %1 service.</source>
        <translation>Das Konto hat mehr als einen %1-Dienst.</translation>
    </message>
    <message>
        <location filename="../core/accounts/account.cpp" line="137"/>
        <source>The %1 service needs a server name and a port.</source>
        <translation>Der %1-Dienst braucht einen Servernamen und einen Port.</translation>
    </message>
    <message>
        <location filename="../core/accounts/account.cpp" line="140"/>
        <source>The %1 service needs a URL.</source>
        <translation>Der %1-Dienst braucht eine URL.</translation>
    </message>
    <message>
        <location filename="../core/accounts/account.cpp" line="167"/>
        <source>an account has no id or no email address</source>
        <translation>ein Konto hat keine ID oder keine E-Mail-Adresse</translation>
    </message>
</context>
<context>
    <name>Satchel::AccountJob</name>
    <message>
        <location filename="../core/service/accountjob.cpp" line="61"/>
        <source>The account was removed while it was busy.</source>
        <translation>Das Konto wurde entfernt, während es noch in Benutzung war.</translation>
    </message>
</context>
<context>
    <name>Satchel::AccountStore</name>
    <message>
        <location filename="../core/accounts/accountstore.cpp" line="24"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accountstore.cpp" line="29"/>
        <source>The account file %1 is damaged (%2). Restore it from a backup or move it away to start afresh.</source>
        <translation>Die Kontodatei %1 ist beschädigt (%2). Stellen Sie sie aus einer Sicherung wieder her oder verschieben Sie sie, um neu zu beginnen.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accountstore.cpp" line="37"/>
        <source>The account file %1 is damaged: %2.</source>
        <translation>Die Kontodatei %1 ist beschädigt: %2.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accountstore.cpp" line="53"/>
        <source>Cannot save the accounts to %1: %2.</source>
        <translation>Die Konten können nicht in %1 gespeichert werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/accounts/accountstore.cpp" line="88"/>
        <source>An account for %1 exists already; remove it first to set it up anew.</source>
        <translation>Für %1 gibt es bereits ein Konto; entfernen Sie es zuerst, um es neu einzurichten.</translation>
    </message>
</context>
<context>
    <name>Satchel::Accounts</name>
    <message>
        <location filename="../core/service/accounts.cpp" line="171"/>
        <source>There is no account %1; &quot;account list&quot; shows the accounts there are.</source>
        <translation>Es gibt kein Konto %1; „account list“ zeigt die vorhandenen Konten.</translation>
    </message>
</context>
<context>
    <name>Satchel::AddAccountJob</name>
    <message>
        <location filename="../core/service/addaccountjob.cpp" line="65"/>
        <source>Adding %1 was cancelled; nothing was saved.</source>
        <translation>Das Hinzufügen von %1 wurde abgebrochen; nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>Satchel::AttachmentList</name>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="16"/>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <location filename="../ui/attachmentlist.cpp" line="29"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Satchel::AutoconfigDiscovery</name>
    <message>
        <location filename="../core/discovery/autoconfigdiscovery.cpp" line="11"/>
        <source>Autoconfig</source>
        <translation>Autoconfig</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigdiscovery.cpp" line="63"/>
        <source>%1 published its settings at %2.</source>
        <translation>%1 hat seine Einstellungen unter %2 veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigdiscovery.cpp" line="70"/>
        <source>A settings file for %1 was offered over a connection whose certificate could not be verified; Satchel did not use it.</source>
        <translation>Eine Einstellungsdatei für %1 wurde über eine Verbindung angeboten, deren Zertifikat nicht überprüft werden konnte; Satchel hat sie nicht verwendet.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigdiscovery.cpp" line="82"/>
        <source>%1 publishes no settings file Satchel could use.</source>
        <translation>%1 veröffentlicht keine Einstellungsdatei, die Satchel verwenden könnte.</translation>
    </message>
</context>
<context>
    <name>Satchel::AutoconfigFetchJob</name>
    <message>
        <location filename="../core/discovery/autoconfigfetchjob.cpp" line="62"/>
        <source>%1 sent Satchel on to %2; Satchel reads settings only over verified HTTPS from %3 itself.</source>
        <translation>%1 hat Satchel an %2 weitergeleitet; Satchel liest Einstellungen nur über überprüftes HTTPS direkt von %3.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigfetchjob.cpp" line="66"/>
        <source>%1 redirected more than %2 times.</source>
        <translation>%1 hat mehr als %2-mal weitergeleitet.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigfetchjob.cpp" line="75"/>
        <source>%1 has no settings file (HTTP %2 %3).</source>
        <translation>%1 hat keine Einstellungsdatei (HTTP %2 %3).</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigfetchjob.cpp" line="97"/>
        <source>The settings file from %1 could not be read: %2</source>
        <translation>Die Einstellungsdatei von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigfetchjob.cpp" line="108"/>
        <source>Settings for %1 read.</source>
        <translation>Einstellungen für %1 gelesen.</translation>
    </message>
</context>
<context>
    <name>Satchel::AutoconfigParser</name>
    <message>
        <location filename="../core/discovery/autoconfigparser.cpp" line="17"/>
        <source>The autoconfig document is %1 bytes long; more than %2 is refused.</source>
        <translation>Das Autoconfig-Dokument ist %1 Byte lang; mehr als %2 werden abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigreader.cpp" line="74"/>
        <source>The document is not an autoconfig file: its root is &lt;%1&gt;, not &lt;clientConfig&gt;.</source>
        <translation>Das Dokument ist keine Autoconfig-Datei: Sein Wurzelelement ist &lt;%1&gt;, nicht &lt;clientConfig&gt;.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigreader.cpp" line="79"/>
        <source>The autoconfig version is &quot;%1&quot;; Satchel reads version 1.1.</source>
        <translation>Die Autoconfig-Version ist „%1“; Satchel liest Version 1.1.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigreader.cpp" line="133"/>
        <source>&lt;satchel:%1&gt; is not an element Satchel knows here.</source>
        <translation>&lt;satchel:%1&gt; ist an dieser Stelle kein Element, das Satchel kennt.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigreader.cpp" line="134"/>
        <source>&lt;%1&gt; is not an element Satchel knows here.</source>
        <translation>&lt;%1&gt; ist an dieser Stelle kein Element, das Satchel kennt.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigreader.cpp" line="144"/>
        <source>The document lists more than %1 entries of one kind.</source>
        <translation>Das Dokument enthält mehr als %1 Einträge einer Art.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigreader.cpp" line="161"/>
        <source>The document has a second &lt;emailProvider&gt;, which is ignored.</source>
        <translation>Das Dokument hat ein zweites &lt;emailProvider&gt;, das ignoriert wird.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigreader.cpp" line="206"/>
        <source>A server of type &quot;%1&quot; is skipped.</source>
        <translation>Ein Server vom Typ „%1“ wird übersprungen.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigreader.cpp" line="228"/>
        <source>&lt;%1 type=&quot;%2&quot;&gt; is skipped.</source>
        <translation>&lt;%1 type=&quot;%2&quot;&gt; wird übersprungen.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigreader.cpp" line="295"/>
        <source>&lt;%1&gt; has no server URL.</source>
        <translation>&lt;%1&gt; hat keine Server-URL.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigreader.cpp" line="300"/>
        <source>&lt;%1&gt; lacks its host name, port or socket type.</source>
        <translation>Bei &lt;%1&gt; fehlt der Hostname, der Port oder der Socket-Typ.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigreader.cpp" line="305"/>
        <source>&lt;%1&gt; has no username.</source>
        <translation>&lt;%1&gt; hat keinen Benutzernamen.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigreader.cpp" line="307"/>
        <source>A %1 server is skipped.</source>
        <translation>Ein %1-Server wird übersprungen.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigreader.cpp" line="344"/>
        <source>The document has no &lt;emailProvider&gt;.</source>
        <translation>Das Dokument hat kein &lt;emailProvider&gt;.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigreader.cpp" line="346"/>
        <source>The provider lists neither a domain nor an MX host.</source>
        <translation>Der Anbieter nennt weder eine Domain noch einen MX-Host.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigreader.cpp" line="351"/>
        <source>The settings name no IMAP or POP server that Satchel can use.</source>
        <translation>Die Einstellungen nennen keinen IMAP- oder POP-Server, den Satchel verwenden kann.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigreader.cpp" line="353"/>
        <source>The recommended protocol has no server in the settings.</source>
        <translation>Für das empfohlene Protokoll enthalten die Einstellungen keinen Server.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigsatchel.cpp" line="54"/>
        <source>&lt;satchel:recommend&gt; needs incoming=&quot;imap&quot; or &quot;pop3&quot;.</source>
        <translation>&lt;satchel:recommend&gt; braucht incoming=&quot;imap&quot; oder &quot;pop3&quot;.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigsatchel.cpp" line="72"/>
        <source>&lt;satchel:appPassword&gt; needs required=&quot;always&quot; or &quot;two-factor&quot;.</source>
        <translation>&lt;satchel:appPassword&gt; braucht required=&quot;always&quot; oder &quot;two-factor&quot;.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigsatchel.cpp" line="89"/>
        <source>&lt;satchel:server&gt; needs type=&quot;ldap&quot; or &quot;ftp&quot;.</source>
        <translation>&lt;satchel:server&gt; braucht type=&quot;ldap&quot; oder &quot;ftp&quot;.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigsatchel.cpp" line="100"/>
        <source>&lt;satchel:%1&gt; does not belong to a %2 server.</source>
        <translation>&lt;satchel:%1&gt; gehört nicht zu einem %2-Server.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigsatchel.cpp" line="120"/>
        <source>&quot;%1&quot; is not a SASL mechanism name.</source>
        <translation>„%1“ ist kein Name eines SASL-Verfahrens.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigsatchel.cpp" line="128"/>
        <source>A folder separator is one character.</source>
        <translation>Ein Ordnertrennzeichen ist ein einzelnes Zeichen.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigsatchel.cpp" line="144"/>
        <source>&lt;satchel:popFolder&gt; needs a username with %FOLDER% in it.</source>
        <translation>&lt;satchel:popFolder&gt; braucht einen Benutzernamen, der %FOLDER% enthält.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigsatchel.cpp" line="158"/>
        <source>&lt;satchel:ldap&gt; needs a base DN.</source>
        <translation>&lt;satchel:ldap&gt; braucht eine Base-DN.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigsatchel.cpp" line="193"/>
        <source>&lt;satchel:alternative&gt; has no kind Satchel knows.</source>
        <translation>&lt;satchel:alternative&gt; hat keine Art (kind), die Satchel kennt.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigsatchel.cpp" line="237"/>
        <source>An alternative of an HTTP service is another https:// address.</source>
        <translation>Eine Alternative zu einem HTTP-Dienst ist eine andere https://-Adresse.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigsatchel.cpp" line="244"/>
        <source>&lt;satchel:alternative kind=&quot;%1&quot;&gt; needs a host name (unless it is another port), a socket type, and a port or anyPort=&quot;true&quot; (only for a proxy).</source>
        <translation>&lt;satchel:alternative kind=&quot;%1&quot;&gt; braucht einen Hostnamen (außer bei einem anderen Port), einen Socket-Typ und einen Port oder anyPort=&quot;true&quot; (nur für einen Proxy).</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigsatchel.cpp" line="262"/>
        <source>&lt;satchel:collection&gt; belongs to an address book or a calendar.</source>
        <translation>&lt;satchel:collection&gt; gehört zu einem Adressbuch oder einem Kalender.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigsatchel.cpp" line="272"/>
        <source>&lt;satchel:collection&gt; needs a name and an https:// url.</source>
        <translation>&lt;satchel:collection&gt; braucht einen Namen und eine https://-URL.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigsatchel.cpp" line="290"/>
        <source>A &lt;satchel:note&gt; needs text, and a kind of lower-case letters, digits and hyphens.</source>
        <translation>Ein &lt;satchel:note&gt; braucht Text und eine Art (kind) aus Kleinbuchstaben, Ziffern und Bindestrichen.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigsatchel.cpp" line="327"/>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigxml.cpp" line="25"/>
        <source>The document has no root element.</source>
        <translation>Das Dokument hat kein Wurzelelement.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigxml.cpp" line="48"/>
        <source>The text of &lt;%1&gt; is longer than %2 characters.</source>
        <translation>Der Text von &lt;%1&gt; ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigxml.cpp" line="54"/>
        <source>&lt;%1&gt; holds an element where only text belongs.</source>
        <translation>&lt;%1&gt; enthält ein Element, wo nur Text stehen darf.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigxml.cpp" line="99"/>
        <source>Line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigxml.cpp" line="108"/>
        <source>The document is not well-formed XML: %1</source>
        <translation>Das Dokument ist kein wohlgeformtes XML: %1</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigxml.cpp" line="112"/>
        <source>The document has a document type declaration, which autoconfig files do not use; it is refused.</source>
        <translation>Das Dokument hat eine Dokumenttyp-Deklaration, die Autoconfig-Dateien nicht verwenden; es wird abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigxml.cpp" line="115"/>
        <source>The document refers to the entity &amp;%1;, which autoconfig files do not use.</source>
        <translation>Das Dokument verweist auf die Entität &amp;%1;, die Autoconfig-Dateien nicht verwenden.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigxml.cpp" line="120"/>
        <source>The document has more than %1 elements.</source>
        <translation>Das Dokument hat mehr als %1 Elemente.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigxml.cpp" line="122"/>
        <source>The document nests elements deeper than %1.</source>
        <translation>Das Dokument verschachtelt Elemente tiefer als %1 Ebenen.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigxml.cpp" line="126"/>
        <source>&lt;%1&gt; has more than %2 attributes.</source>
        <translation>&lt;%1&gt; hat mehr als %2 Attribute.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigxml.cpp" line="129"/>
        <source>An attribute of &lt;%1&gt; is longer than %2 characters.</source>
        <translation>Ein Attribut von &lt;%1&gt; ist länger als %2 Zeichen.</translation>
    </message>
</context>
<context>
    <name>Satchel::AutoconfigValues</name>
    <message>
        <location filename="../core/discovery/autoconfigvalues.cpp" line="70"/>
        <source>&quot;%1&quot; is not a socket type; it must be SSL, STARTTLS or plain.</source>
        <translation>„%1“ ist kein Socket-Typ; er muss SSL, STARTTLS oder plain sein.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigvalues.cpp" line="82"/>
        <source>&quot;%1&quot; is not a port number from 1 to 65535.</source>
        <translation>„%1“ ist keine Portnummer von 1 bis 65535.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigvalues.cpp" line="100"/>
        <source>A list of ports is empty.</source>
        <translation>Eine Liste von Ports ist leer.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigvalues.cpp" line="114"/>
        <source>&quot;%1&quot; is not an authentication method of the autoconfig format.</source>
        <translation>„%1“ ist kein Anmeldeverfahren des Autoconfig-Formats.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigvalues.cpp" line="125"/>
        <source>&quot;%1&quot; is neither true nor false.</source>
        <translation>„%1“ ist weder true noch false.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigvalues.cpp" line="137"/>
        <source>&quot;%1&quot; is not a mail domain.</source>
        <translation>„%1“ ist keine Mail-Domain.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigvalues.cpp" line="149"/>
        <source>&quot;%1&quot; is not a host name or a pattern like *.example.com.</source>
        <translation>„%1“ ist kein Hostname und kein Muster wie *.example.com.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigvalues.cpp" line="162"/>
        <source>&quot;%1&quot; is not a host name.</source>
        <translation>„%1“ ist kein Hostname.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigvalues.cpp" line="177"/>
        <source>&quot;%1&quot; is not an https:// address.</source>
        <translation>„%1“ ist keine https://-Adresse.</translation>
    </message>
    <message>
        <location filename="../core/discovery/autoconfigvalues.cpp" line="188"/>
        <source>&quot;%1&quot; holds the unknown placeholder %%2%.</source>
        <translation>„%1“ enthält den unbekannten Platzhalter %%2%.</translation>
    </message>
</context>
<context>
    <name>Satchel::BodyStore</name>
    <message>
        <location filename="../core/store/bodystore.cpp" line="95"/>
        <source>no free segment</source>
        <translation>kein freies Segment</translation>
    </message>
    <message>
        <location filename="../core/store/bodystore.cpp" line="137"/>
        <source>A downloaded message could not be saved in %1: %2. Check that the disk has space.</source>
        <translation>Eine heruntergeladene Nachricht konnte nicht in %1 gespeichert werden: %2. Prüfen Sie, ob auf dem Datenträger Platz frei ist.</translation>
    </message>
</context>
<context>
    <name>Satchel::CertificateDialog</name>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="42"/>
        <source>Untrusted Certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="49"/>
        <source>&lt;b&gt;Satchel cannot confirm that %1 is the server it claims to be.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Satchel kann nicht bestätigen, dass %1 der Server ist, der er zu sein vorgibt.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="53"/>
        <source>Someone on the network may be listening in, or the server has a certificate your system does not trust. Compare the fingerprint below with the one your provider publishes, and trust the certificate only if they match.</source>
        <translation>Vielleicht hört jemand im Netzwerk mit, oder der Server hat ein Zertifikat, dem Ihr System nicht vertraut. Vergleichen Sie den Fingerabdruck unten mit dem, den Ihr Anbieter veröffentlicht, und vertrauen Sie dem Zertifikat nur, wenn beide übereinstimmen.</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="63"/>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="65"/>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="67"/>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="69"/>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="72"/>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="78"/>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="81"/>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="96"/>
        <source>Trust &amp;Once</source>
        <translation>&amp;Einmal vertrauen</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="98"/>
        <source>Trust this certificate until Satchel quits.</source>
        <translation>Diesem Zertifikat vertrauen, bis Satchel beendet wird.</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="100"/>
        <source>&amp;Always Trust for %1</source>
        <translation>&amp;Immer vertrauen für %1</translation>
    </message>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="103"/>
        <source>Remember this certificate for %1; a different one asks again.</source>
        <translation>Dieses Zertifikat für %1 merken; bei einem anderen wird erneut gefragt.</translation>
    </message>
</context>
<context>
    <name>Satchel::CertificatePins</name>
    <message>
        <location filename="../core/net/certificatepins.cpp" line="45"/>
        <source>The certificate pin file %1 is damaged: %2.</source>
        <translation>Die Datei mit den Zertifikat-Pins %1 ist beschädigt: %2.</translation>
    </message>
</context>
<context>
    <name>Satchel::ChangeQueue</name>
    <message>
        <location filename="../core/store/changequeue.cpp" line="44"/>
        <source>set %1 on message %2 in %3</source>
        <translation>%1 bei Nachricht %2 in %3 setzen</translation>
    </message>
    <message>
        <location filename="../core/store/changequeue.cpp" line="49"/>
        <source>move message %1 from %2 to %3</source>
        <translation>Nachricht %1 von %2 nach %3 verschieben</translation>
    </message>
    <message>
        <location filename="../core/store/changequeue.cpp" line="53"/>
        <source>delete message %1 in %2</source>
        <translation>Nachricht %1 in %2 löschen</translation>
    </message>
    <message>
        <location filename="../core/store/changequeue.cpp" line="55"/>
        <source>create the folder %1</source>
        <translation>Ordner %1 anlegen</translation>
    </message>
</context>
<context>
    <name>Satchel::Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="131"/>
        <source>Print the version.</source>
        <translation>Die Version ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="132"/>
        <source>Settings, cache and local mail live in &lt;dir&gt; (also SATCHEL_PROFILE).</source>
        <translation>Einstellungen, Zwischenspeicher und lokale Nachrichten liegen in &lt;dir&gt; (auch SATCHEL_PROFILE).</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="134"/>
        <source>Also trust the CA certificates in &lt;pem&gt;.</source>
        <translation>Auch den CA-Zertifikaten in &lt;pem&gt; vertrauen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="135"/>
        <source>Machine-readable output: one JSON document on stdout.</source>
        <translation>Maschinenlesbare Ausgabe: ein JSON-Dokument auf stdout.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="136"/>
        <source>Read the app password from standard input.</source>
        <translation>Das App-Passwort von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="137"/>
        <source>Protocol log on stderr, passwords redacted.</source>
        <translation>Protokollmitschnitt auf stderr, Passwörter geschwärzt.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="138"/>
        <source>The name shown as the sender.</source>
        <translation>Der Name, der als Absender angezeigt wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="139"/>
        <source>The IMAP server, as a URL.</source>
        <translation>Der IMAP-Server als URL.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="140"/>
        <source>The POP3 server, as a URL.</source>
        <translation>Der POP3-Server als URL.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="141"/>
        <source>The SMTP server, as a URL.</source>
        <translation>Der SMTP-Server als URL.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="142"/>
        <source>The CardDAV server, as an https URL.</source>
        <translation>Der CardDAV-Server als https-URL.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="143"/>
        <source>The CalDAV server, as an https URL.</source>
        <translation>Der CalDAV-Server als https-URL.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="144"/>
        <source>Log in as &lt;name&gt; instead of the email address.</source>
        <translation>Als &lt;name&gt; statt mit der E-Mail-Adresse anmelden.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="145"/>
        <source>Store the account without logging in (offline setup).</source>
        <translation>Das Konto ohne Anmeldung speichern (Einrichtung offline).</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="147"/>
        <source>Allow imap://, pop3:// and smtp:// servers without encryption. Unsafe.</source>
        <translation>imap://-, pop3://- und smtp://-Server ohne Verschlüsselung erlauben. Unsicher.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="163"/>
        <source>The SMTP server files sent mail in Sent itself: Satchel files no copy.</source>
        <translation>Der SMTP-Server legt gesendete Nachrichten selbst in „Gesendet“ ab: Satchel legt keine Kopie ab.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="164"/>
        <source>send: send what waits in the outbox.</source>
        <translation>send: senden, was im Postausgang wartet.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="166"/>
        <source>send: a recipient, or several separated by commas; move: the destination folder.</source>
        <translation>send: ein Empfänger oder mehrere, durch Kommas getrennt; move: der Zielordner.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="168"/>
        <source>send: a recipient in copy, or several.</source>
        <translation>send: ein Empfänger in Kopie oder mehrere.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="169"/>
        <source>send: the subject.</source>
        <translation>send: der Betreff.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="170"/>
        <source>send: the text of the message.</source>
        <translation>send: der Text der Nachricht.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="171"/>
        <source>send: attach this file (repeat for more).</source>
        <translation>send: diese Datei anhängen (für mehrere Dateien wiederholen).</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="172"/>
        <source>send: queue the message; it goes with the next send.</source>
        <translation>send: die Nachricht nur einreihen; sie geht mit dem nächsten Versand.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="174"/>
        <source>What export prints: autoconfig (Thunderbird), mobileconfig (Apple) or sheet.</source>
        <translation>Was export ausgibt: autoconfig (Thunderbird), mobileconfig (Apple) oder sheet.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="176"/>
        <source>Find the servers instead of giving them (account add).</source>
        <translation>Die Server suchen, statt sie anzugeben (account add).</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="178"/>
        <source>Allow the password to go to servers in &lt;domain&gt;, outside the address&apos;s domain, that DNS named (repeatable).</source>
        <translation>Erlauben, dass das Passwort an Server in &lt;domain&gt; geht, die außerhalb der Domain der Adresse liegen und per DNS gefunden wurden (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="181"/>
        <source>With --discover: set up &lt;type&gt; (imap or pop3) for incoming mail.</source>
        <translation>Mit --discover: &lt;type&gt; (imap oder pop3) für eingehende Nachrichten einrichten.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="183"/>
        <source>Write the setup report to &lt;file&gt;.</source>
        <translation>Den Einrichtungsbericht in &lt;file&gt; schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="184"/>
        <source>Give discovery at most &lt;seconds&gt; (default 15).</source>
        <translation>Der Suche höchstens &lt;seconds&gt; geben (Vorgabe: 15 Sekunden).</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="186"/>
        <source>Connect to HOST2:PORT2 whenever HOST:PORT is asked for, verifying TLS for HOST (like curl; repeatable).</source>
        <translation>Mit HOST2:PORT2 verbinden, wann immer HOST:PORT verlangt wird, und TLS für HOST prüfen (wie bei curl; wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="190"/>
        <source>Ask the DNS server at &lt;address&gt; (port 53) instead of the system&apos;s.</source>
        <translation>Den DNS-Server unter &lt;address&gt; (Port 53) statt dem des Systems fragen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="148"/>
        <source>The folder (its name, or a role: inbox, sent, drafts, trash…).</source>
        <translation>Der Ordner (sein Name oder eine Rolle: inbox, sent, drafts, trash …).</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="78"/>
        <source>Satchel&apos;s command line: set up accounts and check them.

Commands:
  account add EMAIL [--name N] [--imap URL | --pop URL] [--smtp URL]
                    [--carddav URL] [--caldav URL] [--username U]
                    [--password-stdin] [--no-verify] [--allow-plaintext]
  account add EMAIL --discover [--approve-host DOMAIN]... [--incoming imap|pop3]
                    [--report FILE] [--name N] [--username U] [--password-stdin]
                    find the servers, log in to each (trying the provider&apos;s
                    username forms and firewall proxies), then store the account
  discover EMAIL [--report FILE] [--deadline SECONDS]
                    find the settings of every service and check, without a
                    password, that each server answers
  account list
  account show ID
  account remove ID
  check ID          log in to each service: ok, or what failed
  folders ID        IMAP folders with their role, unread and total counts
  sync ID [--folder F] [--bodies] [--previews]
                    folders, headers and flags into the offline cache (with
                    --bodies whole messages); makes changes saved offline
                    (with --previews, waits for the newest messages&apos; previews)
  list ID [--folder F] [--limit N] [--unread] [--search TEXT]
                    messages from the cache (works offline)
  read ID --folder F --uid N [--raw]
                    a message, from the cache or the server
  flag ID --folder F --uid N (--seen|--unseen|--flagged|--unflagged)
  move ID --folder F --uid N --to G
  delete ID --folder F --uid N   to the Trash (in the Trash: for good)
  mkdir ID NAME
                    changes work offline too: saved, and made on the server
                    at the next connection
  parse FILE.eml    decoded headers and text of a message file (&quot;-&quot;: stdin);
                    with --json also its MIME tree
  send ID FILE.eml  queue the message in the outbox and send the outbox; a copy
                    goes to Sent (--queue-only: queue it for the next send)
  send ID --to A [--cc B] --subject S --body TEXT [--attach FILE]...
                    write a message and send it the same way
  send ID --flush   send what waits in the outbox
  export ID --format autoconfig|mobileconfig|sheet
                    the account&apos;s settings for another device, never the password

Servers are URLs: imaps://host:993, imap://host:143 (STARTTLS), pop3s://host:995,
pop3://host:110 (STLS), smtps://host:465, smtp://host:587 (STARTTLS),
https://host/path (CardDAV, CalDAV).

A password goes only to servers in the address&apos;s domain or named by a trusted
source (Satchel&apos;s provider list, the domain&apos;s autoconfig over HTTPS). A server
elsewhere that plain DNS named needs --approve-host with its domain (on a
terminal Satchel asks). --report FILE writes what every probe did and heard,
never the password (JSON when FILE ends in .json), for your provider&apos;s support.

Exit status: 0 ok, 1 the work failed, 2 bad usage or input, 3 network or TLS,
4 authentication.</source>
        <translation>Die Befehlszeile von Satchel: Konten einrichten und prüfen.

Befehle:
  account add EMAIL [--name N] [--imap URL | --pop URL] [--smtp URL]
                    [--carddav URL] [--caldav URL] [--username U]
                    [--password-stdin] [--no-verify] [--allow-plaintext]
  account add EMAIL --discover [--approve-host DOMAIN]... [--incoming imap|pop3]
                    [--report FILE] [--name N] [--username U] [--password-stdin]
                    die Server finden, sich bei jedem anmelden (mit den Formen
                    des Benutzernamens, die der Anbieter kennt, und mit
                    Firewall-Proxys), dann das Konto speichern
  discover EMAIL [--report FILE] [--deadline SECONDS]
                    die Einstellungen jedes Dienstes finden und ohne Passwort
                    prüfen, ob jeder Server antwortet
  account list
  account show ID
  account remove ID
  check ID          bei jedem Dienst anmelden: ok, oder was fehlschlug
  folders ID        IMAP-Ordner mit Rolle, Anzahl ungelesen und insgesamt
  sync ID [--folder F] [--bodies] [--previews]
                    Ordner, Kopfzeilen und Markierungen in den Offline-
                    Zwischenspeicher (mit --bodies ganze Nachrichten); führt
                    offline gespeicherte Änderungen aus (mit --previews wird
                    auf die Vorschauen der neuesten Nachrichten gewartet)
  list ID [--folder F] [--limit N] [--unread] [--search TEXT]
                    Nachrichten aus dem Zwischenspeicher (geht auch offline)
  read ID --folder F --uid N [--raw]
                    eine Nachricht, aus dem Zwischenspeicher oder vom Server
  flag ID --folder F --uid N (--seen|--unseen|--flagged|--unflagged)
  move ID --folder F --uid N --to G
  delete ID --folder F --uid N   in den Papierkorb (im Papierkorb: endgültig)
  mkdir ID NAME
                    Änderungen gehen auch offline: Sie werden gespeichert und
                    bei der nächsten Verbindung auf dem Server ausgeführt
  parse FILE.eml    entschlüsselte Kopfzeilen und Text einer Nachrichtendatei
                    („-“: Standardeingabe); mit --json auch ihr MIME-Baum
  send ID FILE.eml  die Nachricht in den Postausgang stellen und den
                    Postausgang senden; eine Kopie kommt nach „Gesendet“
                    (--queue-only: für den nächsten Versand einreihen)
  send ID --to A [--cc B] --subject S --body TEXT [--attach FILE]...
                    eine Nachricht schreiben und ebenso senden
  send ID --flush   senden, was im Postausgang wartet
  export ID --format autoconfig|mobileconfig|sheet
                    die Einstellungen des Kontos für ein anderes Gerät,
                    niemals das Passwort

Server sind URLs: imaps://host:993, imap://host:143 (STARTTLS),
pop3s://host:995, pop3://host:110 (STLS), smtps://host:465,
smtp://host:587 (STARTTLS), https://host/path (CardDAV, CalDAV).

Ein Passwort geht nur an Server in der Domain der Adresse oder an Server, die
eine vertrauenswürdige Quelle nennt (Satchels Anbieterliste, die Autoconfig-
Datei der Domain über HTTPS). Ein Server anderswo, den nur einfaches DNS
genannt hat, braucht --approve-host mit seiner Domain (im Terminal fragt
Satchel nach). --report FILE schreibt, was jede Prüfung getan und gehört hat,
niemals das Passwort (JSON, wenn FILE auf .json endet), für den Support Ihres
Anbieters.

Exit-Status: 0 ok, 1 die Aufgabe ist fehlgeschlagen, 2 falsche Verwendung oder
Eingabe, 3 Netzwerk oder TLS, 4 Anmeldung.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="150"/>
        <source>sync: download whole messages for offline reading.</source>
        <translation>sync: ganze Nachrichten zum Offline-Lesen herunterladen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="151"/>
        <source>sync: finish once the previews of the newest messages are made.</source>
        <translation>sync: warten, bis die Vorschauen der neuesten Nachrichten erstellt sind.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="152"/>
        <source>list: at most &lt;n&gt; messages, newest first.</source>
        <translation>list: höchstens &lt;n&gt; Nachrichten, die neuesten zuerst.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="153"/>
        <source>list: unread messages only.</source>
        <translation>list: nur ungelesene Nachrichten.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="154"/>
        <source>list: messages whose subject or addresses contain &lt;text&gt;.</source>
        <translation>list: Nachrichten, deren Betreff oder Adressen &lt;text&gt; enthalten.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="156"/>
        <source>The message&apos;s number, as list shows it.</source>
        <translation>Die Nummer der Nachricht, wie list sie anzeigt.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="157"/>
        <source>read: the message&apos;s exact bytes.</source>
        <translation>read: die Nachricht Byte für Byte, unverändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="158"/>
        <source>flag: mark as read.</source>
        <translation>flag: als gelesen markieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="159"/>
        <source>flag: mark as unread.</source>
        <translation>flag: als ungelesen markieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="160"/>
        <source>flag: mark as flagged.</source>
        <translation>flag: mit einer Markierung versehen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="161"/>
        <source>flag: remove the flag.</source>
        <translation>flag: die Markierung entfernen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="194"/>
        <source>Trust a certificate that fails verification if its SHA-256 fingerprint is &lt;sha256&gt;, and remember it for that server.</source>
        <translation>Einem Zertifikat, das die Überprüfung nicht besteht, vertrauen, wenn sein SHA-256-Fingerabdruck &lt;sha256&gt; ist, und es für diesen Server merken.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="210"/>
        <source>If that is your provider, run the command again with --approve-host %1.</source>
        <translation>Wenn das Ihr Anbieter ist, führen Sie den Befehl erneut mit --approve-host %1 aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="215"/>
        <source>To trust it anyway, run the command again with --accept-fingerprint %1.</source>
        <translation>Um ihm trotzdem zu vertrauen, führen Sie den Befehl erneut mit --accept-fingerprint %1 aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="234"/>
        <source> (see satchel-cli --help)</source>
        <translation> (siehe satchel-cli --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="259"/>
        <source>Give a command, for example &quot;account list&quot; (see --help).</source>
        <translation>Geben Sie einen Befehl an, zum Beispiel „account list“ (siehe --help).</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="296"/>
        <source>Use &quot;account add EMAIL&quot;, &quot;account list&quot;, &quot;account show ID&quot; or &quot;account remove ID&quot;.</source>
        <translation>Verwenden Sie „account add EMAIL“, „account list“, „account show ID“ oder „account remove ID“.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="328"/>
        <source>Unknown command &quot;%1&quot; (see satchel-cli --help).</source>
        <translation>Unbekannter Befehl „%1“ (siehe satchel-cli --help).</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="338"/>
        <source>The option --%1 does not apply to this command.</source>
        <translation>Die Option --%1 gilt nicht für diesen Befehl.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="364"/>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint (64 hexadecimal digits, colons allowed).</source>
        <translation>„%1“ ist kein SHA-256-Fingerabdruck (64 Hexadezimalziffern, Doppelpunkte erlaubt).</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="377"/>
        <source>There is no account &quot;%1&quot; in this profile; &quot;satchel-cli account list&quot; shows the accounts there are.</source>
        <translation>In diesem Profil gibt es kein Konto „%1“; „satchel-cli account list“ zeigt die vorhandenen Konten.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="386"/>
        <source>Give either --imap or --pop for incoming mail, not both.</source>
        <translation>Geben Sie für eingehende Nachrichten entweder --imap oder --pop an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="413"/>
        <source>%1 on %2 will be used without encryption: the password and all mail can be read by anyone on the network.</source>
        <translation>%1 auf %2 wird ohne Verschlüsselung verwendet: Jeder im Netzwerk kann das Passwort und alle Nachrichten mitlesen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="420"/>
        <source>Give the servers: --imap URL or --pop URL for incoming mail, and --smtp URL for sending.</source>
        <translation>Geben Sie die Server an: --imap URL oder --pop URL für eingehende Nachrichten und --smtp URL für den Versand.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="438"/>
        <source>App password for %1: </source>
        <translation>App-Passwort für %1: </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="462"/>
        <source>Added %1 as account %2.</source>
        <translation>%1 wurde als Konto %2 hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="534"/>
        <source>%1 &lt;%2&gt;, account %3</source>
        <translation>%1 &lt;%2&gt;, Konto %3</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="550"/>
        <source>Removed %1 and its password.</source>
        <translation>%1 und sein Passwort wurden entfernt.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="628"/>
        <source>%1  %2  %3 unread  %4 total</source>
        <translation>%1  %2  %3 ungelesen  %4 insgesamt</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="652"/>
        <source>%1  ok (%2 ms)</source>
        <translation>%1  ok (%2 ms)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="654"/>
        <source>%1  failed: %2</source>
        <translation>%1  fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="723"/>
        <source>Name the message with --folder F --uid N (&quot;satchel-cli list&quot; shows them).</source>
        <translation>Geben Sie die Nachricht mit --folder F --uid N an („satchel-cli list“ zeigt die Nachrichten).</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="750"/>
        <source>Say where to move the message with --to FOLDER.</source>
        <translation>Geben Sie mit --to FOLDER an, wohin die Nachricht verschoben werden soll.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="769"/>
        <source>Give one of --seen, --unseen, --flagged, --unflagged.</source>
        <translation>Geben Sie eine der Optionen --seen, --unseen, --flagged oder --unflagged an.</translation>
    </message>
</context>
<context>
    <name>Satchel::ComposeWindow</name>
    <message>
        <location filename="../ui/composewindow.cpp" line="40"/>
        <location filename="../ui/composewindow.cpp" line="141"/>
        <location filename="../ui/composewindow.cpp" line="250"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../ui/composewindow.cpp" line="41"/>
        <location filename="../ui/composewindow.cpp" line="141"/>
        <location filename="../ui/composewindow.cpp" line="251"/>
        <source>Cc</source>
        <translation>Kopie (CC)</translation>
    </message>
    <message>
        <location filename="../ui/composewindow.cpp" line="42"/>
        <location filename="../ui/composewindow.cpp" line="141"/>
        <location filename="../ui/composewindow.cpp" line="252"/>
        <source>Bcc</source>
        <translation>Blindkopie (BCC)</translation>
    </message>
    <message>
        <location filename="../ui/composewindow.cpp" line="47"/>
        <source>&amp;Attach…</source>
        <translation>An&amp;hängen …</translation>
    </message>
    <message>
        <location filename="../ui/composewindow.cpp" line="48"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/composewindow.cpp" line="49"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location filename="../ui/composewindow.cpp" line="51"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../ui/composewindow.cpp" line="57"/>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <location filename="../ui/composewindow.cpp" line="71"/>
        <source>Send the message (Ctrl+Return)</source>
        <translation>Die Nachricht senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/composewindow.cpp" line="124"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/composewindow.cpp" line="125"/>
        <source>Name &lt;name@example.com&gt;, other@example.com</source>
        <translation>Name &lt;name@example.com&gt;, weitere@example.com</translation>
    </message>
    <message>
        <location filename="../ui/composewindow.cpp" line="127"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../ui/composewindow.cpp" line="132"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../ui/composewindow.cpp" line="133"/>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <location filename="../ui/composewindow.cpp" line="134"/>
        <source>&amp;Cc:</source>
        <translation>&amp;Kopie (CC):</translation>
    </message>
    <message>
        <location filename="../ui/composewindow.cpp" line="135"/>
        <source>&amp;Bcc:</source>
        <translation>B&amp;lindkopie (BCC):</translation>
    </message>
    <message>
        <location filename="../ui/composewindow.cpp" line="136"/>
        <source>S&amp;ubject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <location filename="../ui/composewindow.cpp" line="159"/>
        <source>No account has an SMTP server to send with; add one to an account first.</source>
        <translation>Kein Konto hat einen SMTP-Server zum Senden; fügen Sie zuerst einem Konto einen hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/composewindow.cpp" line="218"/>
        <location filename="../ui/composewindow.cpp" line="229"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/composewindow.cpp" line="240"/>
        <source>Choose the account to send from.</source>
        <translation>Wählen Sie das Konto, von dem aus gesendet werden soll.</translation>
    </message>
    <message>
        <location filename="../ui/composewindow.cpp" line="260"/>
        <source>Say whom to send to: add an address to To.</source>
        <translation>Geben Sie an, an wen die Nachricht gehen soll: Tragen Sie unter „An“ eine Adresse ein.</translation>
    </message>
    <message>
        <location filename="../ui/composewindow.cpp" line="280"/>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <location filename="../ui/composewindow.cpp" line="300"/>
        <source>The message is in the outbox and goes out with the messages being sent now.</source>
        <translation>Die Nachricht liegt im Postausgang und geht mit den Nachrichten hinaus, die gerade gesendet werden.</translation>
    </message>
    <message>
        <location filename="../ui/composewindow.cpp" line="313"/>
        <source>Sent &quot;%1&quot;.</source>
        <translation>„%1“ wurde gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/composewindow.cpp" line="316"/>
        <source>No copy was filed in Sent yet: %1</source>
        <translation>In „Gesendet“ wurde noch keine Kopie abgelegt: %1</translation>
    </message>
    <message>
        <location filename="../ui/composewindow.cpp" line="320"/>
        <source>Sent, but not to everyone: %1</source>
        <translation>Gesendet, aber nicht an alle Empfänger: %1</translation>
    </message>
    <message>
        <location filename="../ui/composewindow.cpp" line="322"/>
        <source>Not sent yet: %1 The message is queued in the outbox and will be sent with the next Sync.</source>
        <translation>Noch nicht gesendet: %1 Die Nachricht wartet im Postausgang und wird beim nächsten Abgleich gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/composewindow.cpp" line="344"/>
        <source>Attach Files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <location filename="../ui/composewindow.cpp" line="351"/>
        <source>New Message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/composewindow.cpp" line="351"/>
        <source>%1 — New Message</source>
        <translation>%1 — Neue Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/composewindow.cpp" line="358"/>
        <source>Sending… The window closes by itself once the message is sent.</source>
        <translation>Wird gesendet … Das Fenster schließt sich von selbst, sobald die Nachricht gesendet ist.</translation>
    </message>
    <message>
        <location filename="../ui/composewindow.cpp" line="363"/>
        <source>Discard Message</source>
        <translation>Nachricht verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/composewindow.cpp" line="364"/>
        <source>This message has not been sent. Discard it?</source>
        <translation>Diese Nachricht wurde noch nicht gesendet. Verwerfen?</translation>
    </message>
</context>
<context>
    <name>Satchel::ConnectToRule</name>
    <message>
        <location filename="../core/net/connecttorule.cpp" line="82"/>
        <source>&quot;%1&quot; is not a --connect-to rule; write HOST:PORT:HOST2:PORT2, for example imap.example.com:993:127.0.0.1:10993.</source>
        <translation>„%1“ ist keine --connect-to-Regel; schreiben Sie HOST:PORT:HOST2:PORT2, zum Beispiel imap.example.com:993:127.0.0.1:10993.</translation>
    </message>
</context>
<context>
    <name>Satchel::Connection</name>
    <message>
        <location filename="../core/net/connection.cpp" line="105"/>
        <source>Satchel will not connect to %1 without encryption. Use implicit TLS or STARTTLS, or allow plaintext for this account explicitly.</source>
        <translation>Satchel verbindet sich nicht ohne Verschlüsselung mit %1. Verwenden Sie implizites TLS oder STARTTLS, oder erlauben Sie unverschlüsselte Verbindungen ausdrücklich für dieses Konto.</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="209"/>
        <source>The compressed data from %1 could not be read. The connection was closed to stay safe.</source>
        <translation>Die komprimierten Daten von %1 konnten nicht gelesen werden. Die Verbindung wurde zur Sicherheit getrennt.</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="230"/>
        <source>%1 The connection to %2 was closed to stay safe.</source>
        <translation>%1 Die Verbindung zu %2 wurde zur Sicherheit getrennt.</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="250"/>
        <source>Satchel refused to send a command containing a line break to %1; check the username and other settings for stray line breaks.</source>
        <translation>Satchel hat sich geweigert, einen Befehl mit einem Zeilenumbruch an %1 zu senden; prüfen Sie den Benutzernamen und die anderen Einstellungen auf versehentliche Zeilenumbrüche.</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="353"/>
        <source>%1 closed the connection unexpectedly. Try again later; if it keeps happening, check the server name and port.</source>
        <translation>%1 hat die Verbindung unerwartet getrennt. Versuchen Sie es später erneut; wenn das wieder passiert, prüfen Sie Servername und Port.</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="371"/>
        <source>%1 did not answer within %2 seconds. Check the server name and port, or whether a firewall silently blocks that port.</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet. Prüfen Sie Servername und Port oder ob eine Firewall diesen Port stillschweigend sperrt.</translation>
    </message>
    <message>
        <location filename="../core/net/connection.cpp" line="382"/>
        <source>%1 stopped answering for %2 seconds. Try again later.</source>
        <translation>%1 hat %2 Sekunden lang nicht mehr geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>Satchel::ConnectionErrors</name>
    <message>
        <location filename="../core/net/connectionerrors.cpp" line="13"/>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <location filename="../core/net/connectionerrors.cpp" line="29"/>
        <source>The secure connection to %1 failed: %2.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <location filename="../core/net/connectionerrors.cpp" line="42"/>
        <source>The certificate of %1 could not be verified: %2. It was issued to %3 by %4, valid from %5 to %6; its SHA-256 fingerprint is %7. Check that fingerprint with your provider before you trust it.</source>
        <translation>Das Zertifikat von %1 konnte nicht überprüft werden: %2. Es wurde für %3 von %4 ausgestellt und ist gültig von %5 bis %6; sein SHA-256-Fingerabdruck ist %7. Vergleichen Sie diesen Fingerabdruck mit den Angaben Ihres Anbieters, bevor Sie dem Zertifikat vertrauen.</translation>
    </message>
    <message>
        <location filename="../core/net/connectionerrors.cpp" line="59"/>
        <source>%1 refused the connection. Check the server name and port, or whether a firewall blocks that port.</source>
        <translation>%1 hat die Verbindung abgelehnt. Prüfen Sie Servername und Port oder ob eine Firewall diesen Port sperrt.</translation>
    </message>
    <message>
        <location filename="../core/net/connectionerrors.cpp" line="70"/>
        <source>The server name %1 could not be found. Check its spelling and your internet connection.</source>
        <translation>Der Servername %1 wurde nicht gefunden. Prüfen Sie die Schreibweise und Ihre Internetverbindung.</translation>
    </message>
    <message>
        <location filename="../core/net/connectionerrors.cpp" line="81"/>
        <source>The connection to %1 failed: %2. Check your internet connection.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2. Prüfen Sie Ihre Internetverbindung.</translation>
    </message>
</context>
<context>
    <name>Satchel::DavLoginJob</name>
    <message>
        <location filename="../core/dav/davloginjob.cpp" line="30"/>
        <source>%1 is not an https address; Satchel sends passwords only over HTTPS.</source>
        <translation>%1 ist keine https-Adresse; Satchel sendet Passwörter nur über HTTPS.</translation>
    </message>
    <message>
        <location filename="../core/dav/davloginjob.cpp" line="77"/>
        <source>%1 answered the DAV request with HTTP %2 %3. Check the address of the address book or calendar service.</source>
        <translation>%1 hat die DAV-Anfrage mit HTTP %2 %3 beantwortet. Prüfen Sie die Adresse des Adressbuch- oder Kalenderdienstes.</translation>
    </message>
    <message>
        <location filename="../core/dav/davloginjob.cpp" line="90"/>
        <source>%1 sent Satchel on to %2. Satchel does not send your password to another server without asking you; if that address is right, set it up directly.</source>
        <translation>%1 hat Satchel an %2 weitergeleitet. Satchel sendet Ihr Passwort nicht ohne Rückfrage an einen anderen Server; wenn diese Adresse stimmt, richten Sie sie direkt ein.</translation>
    </message>
    <message>
        <location filename="../core/dav/davloginjob.cpp" line="97"/>
        <source>%1 redirected more than %2 times.</source>
        <translation>%1 hat mehr als %2-mal weitergeleitet.</translation>
    </message>
</context>
<context>
    <name>Satchel::DiscoverAddCommand</name>
    <message>
        <location filename="../app/cli/discoveraddcommand.cpp" line="44"/>
        <source>--incoming takes imap or pop3.</source>
        <translation>--incoming erwartet imap oder pop3.</translation>
    </message>
    <message>
        <location filename="../app/cli/discoveraddcommand.cpp" line="102"/>
        <source>Satchel found no incoming mail server for %1. Give the servers yourself: account add %1 --imap URL --smtp URL.</source>
        <translation>Satchel hat keinen Posteingangsserver für %1 gefunden. Geben Sie die Server selbst an: account add %1 --imap URL --smtp URL.</translation>
    </message>
    <message>
        <location filename="../app/cli/discoveraddcommand.cpp" line="113"/>
        <source>App password for %1: </source>
        <translation>App-Passwort für %1: </translation>
    </message>
    <message>
        <location filename="../app/cli/discoveraddcommand.cpp" line="138"/>
        <source>%1 for %2 is at %3, outside %4, and was found through DNS, which can be forged. Send your password to %5?</source>
        <translation>%1 für %2 liegt bei %3, außerhalb von %4, und wurde über DNS gefunden, das gefälscht werden kann. Ihr Passwort an %5 senden?</translation>
    </message>
    <message>
        <location filename="../app/cli/discoveraddcommand.cpp" line="149"/>
        <source>%1 is outside %2 and was found through DNS, which can be forged; Satchel sends no password there unless you approve %3.</source>
        <translation>%1 liegt außerhalb von %2 und wurde über DNS gefunden, das gefälscht werden kann; Satchel sendet dorthin kein Passwort, solange Sie %3 nicht freigeben.</translation>
    </message>
</context>
<context>
    <name>Satchel::DiscoverCommand</name>
    <message>
        <location filename="../app/cli/discovercommand.cpp" line="25"/>
        <source>--deadline takes seconds from 0.1 to 600, not &quot;%1&quot;.</source>
        <translation>--deadline erwartet Sekunden von 0.1 bis 600, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/discovercommand.cpp" line="54"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/discovercommand.cpp" line="77"/>
        <source>No settings found for %1. Give the servers yourself: satchel-cli account add %1 --imap URL --smtp URL.</source>
        <translation>Keine Einstellungen für %1 gefunden. Geben Sie die Server selbst an: satchel-cli account add %1 --imap URL --smtp URL.</translation>
    </message>
    <message>
        <location filename="../app/cli/discovercommand.cpp" line="90"/>
        <source>Settings for %1 (%2):</source>
        <translation>Einstellungen für %1 (%2):</translation>
    </message>
    <message>
        <location filename="../app/cli/discovercommand.cpp" line="91"/>
        <source>Settings for %1:</source>
        <translation>Einstellungen für %1:</translation>
    </message>
    <message>
        <location filename="../app/cli/discovercommand.cpp" line="97"/>
        <source>answered</source>
        <translation>antwortet</translation>
    </message>
    <message>
        <location filename="../app/cli/discovercommand.cpp" line="97"/>
        <source>not verified</source>
        <translation>nicht überprüft</translation>
    </message>
    <message>
        <location filename="../app/cli/discovercommand.cpp" line="99"/>
        <source>failed (%1)</source>
        <translation>fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/discovercommand.cpp" line="108"/>
        <source>           needs your approval of %1 before a password goes there</source>
        <translation>           braucht Ihre Freigabe von %1, bevor ein Passwort dorthin geht</translation>
    </message>
    <message>
        <location filename="../app/cli/discovercommand.cpp" line="113"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/discovercommand.cpp" line="121"/>
        <location filename="../app/cli/discovercommand.cpp" line="129"/>
        <source>Cannot write the setup report to %1: %2.</source>
        <translation>Der Einrichtungsbericht kann nicht in %1 geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>Satchel::DiscoveryEngine</name>
    <message>
        <location filename="../core/discovery/discoveryengine.cpp" line="26"/>
        <source>Checking servers</source>
        <translation>Serverprüfung</translation>
    </message>
    <message>
        <location filename="../core/discovery/discoveryengine.cpp" line="27"/>
        <source>Waiting for findings</source>
        <translation>Wartet auf Ergebnisse</translation>
    </message>
    <message>
        <location filename="../core/discovery/discoveryengine.cpp" line="129"/>
        <source>%1 of %2 checked, %3 answered</source>
        <translation>%1 von %2 geprüft, %3 mit Antwort</translation>
    </message>
    <message>
        <location filename="../core/discovery/discoveryengine.cpp" line="153"/>
        <source>Nothing to check</source>
        <translation>Nichts zu prüfen</translation>
    </message>
    <message>
        <location filename="../core/discovery/discoveryengine.cpp" line="157"/>
        <source>%1 of %2 servers answered</source>
        <translation>%1 von %2 Servern haben geantwortet</translation>
    </message>
    <message>
        <location filename="../core/discovery/discoveryengine.cpp" line="165"/>
        <source>The DNS server gave no usable answer, so the domain&apos;s MX and SRV records could not be checked.</source>
        <translation>Der DNS-Server hat keine brauchbare Antwort gegeben, daher konnten die MX- und SRV-Einträge der Domain nicht geprüft werden.</translation>
    </message>
    <message>
        <location filename="../core/discovery/discoveryengine.cpp" line="182"/>
        <source>Satchel found no settings for %1. Enter the servers by hand; your provider&apos;s help pages name them.</source>
        <translation>Satchel hat keine Einstellungen für %1 gefunden. Geben Sie die Server von Hand ein; die Hilfeseiten Ihres Anbieters nennen sie.</translation>
    </message>
    <message>
        <location filename="../core/discovery/discoveryengine.cpp" line="193"/>
        <source>None of the servers could be reached to check them, so these settings are not verified. Check your internet connection, or go on: they are checked again when you log in.</source>
        <translation>Keiner der Server war für eine Prüfung erreichbar, daher sind diese Einstellungen nicht überprüft. Prüfen Sie Ihre Internetverbindung oder fahren Sie fort: Die Einstellungen werden bei der Anmeldung erneut geprüft.</translation>
    </message>
    <message>
        <location filename="../core/discovery/discoveryengine.cpp" line="201"/>
        <source>Servers at %1 were found through DNS, which can be forged, and are outside %2. Satchel sends your password there only after you approve %1.</source>
        <translation>Server bei %1 wurden über DNS gefunden, das gefälscht werden kann, und liegen außerhalb von %2. Satchel sendet Ihr Passwort erst dorthin, nachdem Sie %1 freigegeben haben.</translation>
    </message>
</context>
<context>
    <name>Satchel::DiscoveryJob</name>
    <message>
        <location filename="../core/discovery/discoveryjob.cpp" line="50"/>
        <source>Not finished within %1 seconds</source>
        <translation>Nicht in %1 Sekunden abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/discovery/discoveryjob.cpp" line="62"/>
        <source>Stopped</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/discovery/discoveryjob.cpp" line="109"/>
        <source>Discovery stopped before these checks had finished: %1.</source>
        <translation>Die Suche wurde abgebrochen, bevor diese Prüfungen fertig waren: %1.</translation>
    </message>
    <message>
        <location filename="../core/discovery/discoveryjob.cpp" line="112"/>
        <source>Discovery of %1:</source>
        <translation>Suche nach den Einstellungen für %1:</translation>
    </message>
    <message>
        <location filename="../core/discovery/discoveryjob.cpp" line="115"/>
        <source>  %1: %2 (%3 ms)</source>
        <translation>  %1: %2 (%3 ms)</translation>
    </message>
    <message>
        <location filename="../core/discovery/discoveryjob.cpp" line="118"/>
        <source>  found %1 %2:%3 (%4) from %5, %6</source>
        <translation>  gefunden: %1 %2:%3 (%4) durch %5, %6</translation>
    </message>
    <message>
        <location filename="../core/discovery/discoveryjob.cpp" line="122"/>
        <source>answered</source>
        <translation>antwortet</translation>
    </message>
    <message>
        <location filename="../core/discovery/discoveryjob.cpp" line="122"/>
        <source>not verified</source>
        <translation>nicht überprüft</translation>
    </message>
    <message>
        <location filename="../core/discovery/discoveryjob.cpp" line="124"/>
        <source>  note: %1</source>
        <translation>  Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>Satchel::DiscoveryMethod</name>
    <message>
        <location filename="../core/discovery/discoverymethod.cpp" line="49"/>
        <source>The DNS server gave no usable answer.</source>
        <translation>Der DNS-Server hat keine brauchbare Antwort gegeben.</translation>
    </message>
</context>
<context>
    <name>Satchel::DiscoveryPage</name>
    <message>
        <location filename="../ui/discoverypage.cpp" line="21"/>
        <source>Looking…</source>
        <translation>Suche …</translation>
    </message>
    <message>
        <location filename="../ui/discoverypage.cpp" line="23"/>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <location filename="../ui/discoverypage.cpp" line="25"/>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <location filename="../ui/discoverypage.cpp" line="27"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/discoverypage.cpp" line="29"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/discoverypage.cpp" line="55"/>
        <source>What was checked</source>
        <translation>Was geprüft wurde</translation>
    </message>
    <message>
        <location filename="../ui/discoverypage.cpp" line="56"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/discoverypage.cpp" line="56"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../ui/discoverypage.cpp" line="56"/>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <location filename="../ui/discoverypage.cpp" line="58"/>
        <source>Servers found</source>
        <translation>Gefundene Server</translation>
    </message>
    <message>
        <location filename="../ui/discoverypage.cpp" line="59"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../ui/discoverypage.cpp" line="59"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/discoverypage.cpp" line="59"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../ui/discoverypage.cpp" line="59"/>
        <source>Found by</source>
        <translation>Gefunden durch</translation>
    </message>
    <message>
        <location filename="../ui/discoverypage.cpp" line="59"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/discoverypage.cpp" line="60"/>
        <source>S&amp;top looking</source>
        <translation>Suche &amp;beenden</translation>
    </message>
    <message>
        <location filename="../ui/discoverypage.cpp" line="61"/>
        <source>Set up &amp;manually</source>
        <translation>Von &amp;Hand einrichten</translation>
    </message>
    <message>
        <location filename="../ui/discoverypage.cpp" line="64"/>
        <source>Finding your settings</source>
        <translation>Ihre Einstellungen werden gesucht</translation>
    </message>
    <message>
        <location filename="../ui/discoverypage.cpp" line="65"/>
        <source>Satchel asks the provider database, your provider&apos;s servers and DNS at once. No password is sent while it looks.</source>
        <translation>Satchel fragt gleichzeitig die Anbieterdatenbank, die Server Ihres Anbieters und das DNS. Während der Suche wird kein Passwort gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/discoverypage.cpp" line="74"/>
        <source>What was checked:</source>
        <translation>Was geprüft wurde:</translation>
    </message>
    <message>
        <location filename="../ui/discoverypage.cpp" line="75"/>
        <source>Servers found:</source>
        <translation>Gefundene Server:</translation>
    </message>
    <message>
        <location filename="../ui/discoverypage.cpp" line="155"/>
        <source>Looking up the settings of %1…</source>
        <translation>Die Einstellungen für %1 werden gesucht …</translation>
    </message>
    <message>
        <location filename="../ui/discoverypage.cpp" line="158"/>
        <source>No settings were found for %1. Choose Next to type them in.</source>
        <translation>Für %1 wurden keine Einstellungen gefunden. Wählen Sie „Weiter“, um sie einzugeben.</translation>
    </message>
    <message>
        <location filename="../ui/discoverypage.cpp" line="160"/>
        <source>Done: Satchel found these servers for %1.</source>
        <translation>Fertig: Satchel hat diese Server für %1 gefunden.</translation>
    </message>
</context>
<context>
    <name>Satchel::DnsQuery</name>
    <message>
        <location filename="../core/net/dnsquery.cpp" line="70"/>
        <source>The DNS lookup of %1 (%2) failed: %3. Check your internet connection.</source>
        <translation>Die DNS-Abfrage von %1 (%2) ist fehlgeschlagen: %3. Prüfen Sie Ihre Internetverbindung.</translation>
    </message>
    <message>
        <location filename="../core/net/dnsquery.cpp" line="77"/>
        <source>no answer within %1 seconds</source>
        <translation>keine Antwort innerhalb von %1 Sekunden</translation>
    </message>
    <message>
        <location filename="../core/net/dnsquery.cpp" line="79"/>
        <source>The DNS server did not answer the lookup of %1 (%2) within %3 seconds. Check your internet connection.</source>
        <translation>Der DNS-Server hat die Abfrage von %1 (%2) nicht innerhalb von %3 Sekunden beantwortet. Prüfen Sie Ihre Internetverbindung.</translation>
    </message>
    <message>
        <location filename="../core/net/dnsquery.cpp" line="110"/>
        <source>no records, or no usable answer (%1)</source>
        <translation>keine Einträge oder keine brauchbare Antwort (%1)</translation>
    </message>
    <message>
        <location filename="../core/net/dnsquery.cpp" line="111"/>
        <source>no records</source>
        <translation>keine Einträge</translation>
    </message>
</context>
<context>
    <name>Satchel::DurableFile</name>
    <message>
        <location filename="../core/store/durablefile.cpp" line="23"/>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/store/durablefile.cpp" line="86"/>
        <source>Could not remove %1: %2.</source>
        <translation>%1 konnte nicht entfernt werden: %2.</translation>
    </message>
</context>
<context>
    <name>Satchel::ExportCommand</name>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="16"/>
        <source>Give --format autoconfig (Thunderbird), mobileconfig (iPhone, iPad, Mac) or sheet (a page to print).</source>
        <translation>Geben Sie --format autoconfig (Thunderbird), mobileconfig (iPhone, iPad, Mac) oder sheet (eine Seite zum Drucken) an.</translation>
    </message>
</context>
<context>
    <name>Satchel::ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="26"/>
        <source>&amp;Thunderbird and other mail apps (autoconfig file)</source>
        <translation>&amp;Thunderbird und andere Mail-Programme (Autoconfig-Datei)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="27"/>
        <source>&amp;iPhone, iPad or Mac (configuration profile)</source>
        <translation>i&amp;Phone, iPad oder Mac (Konfigurationsprofil)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="28"/>
        <source>Settings &amp;sheet to print or keep</source>
        <translation>&amp;Einstellungsblatt zum Drucken oder Aufbewahren</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="30"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="31"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="34"/>
        <location filename="../ui/exportdialog.cpp" line="126"/>
        <source>Set Up Another Device</source>
        <translation>Ein anderes Gerät einrichten</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="35"/>
        <source>Take the settings of %1 to another device. The password is never exported: the other device asks for it.</source>
        <translation>Nehmen Sie die Einstellungen von %1 auf ein anderes Gerät mit. Das Passwort wird nie exportiert: Das andere Gerät fragt danach.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="45"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="50"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="112"/>
        <source>Could not save %1: %2.</source>
        <translation>%1 konnte nicht gespeichert werden: %2.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="120"/>
        <source>Save Settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
</context>
<context>
    <name>Satchel::FinishPage</name>
    <message>
        <location filename="../ui/finishpage.cpp" line="24"/>
        <source>Change the &amp;password</source>
        <translation>&amp;Passwort ändern</translation>
    </message>
    <message>
        <location filename="../ui/finishpage.cpp" line="25"/>
        <source>C&amp;hange settings…</source>
        <translation>Einstellungen än&amp;dern …</translation>
    </message>
    <message>
        <location filename="../ui/finishpage.cpp" line="26"/>
        <source>&amp;Try again</source>
        <translation>&amp;Noch einmal versuchen</translation>
    </message>
    <message>
        <location filename="../ui/finishpage.cpp" line="120"/>
        <source>Checking your settings</source>
        <translation>Ihre Einstellungen werden geprüft</translation>
    </message>
    <message>
        <location filename="../ui/finishpage.cpp" line="121"/>
        <source>Logging in to each server of %1. No password is stored before every login worked.</source>
        <translation>Satchel meldet sich bei jedem Server von %1 an. Das Passwort wird erst gespeichert, wenn jede Anmeldung geklappt hat.</translation>
    </message>
    <message>
        <location filename="../ui/finishpage.cpp" line="129"/>
        <source>Logging in…</source>
        <translation>Anmeldung …</translation>
    </message>
    <message>
        <location filename="../ui/finishpage.cpp" line="197"/>
        <source>Your account is ready</source>
        <translation>Ihr Konto ist eingerichtet</translation>
    </message>
    <message>
        <location filename="../ui/finishpage.cpp" line="198"/>
        <source>%1 is set up, and its app password is in your system&apos;s keychain. Choose Finish to see it in the main window.</source>
        <translation>%1 ist eingerichtet, und sein App-Passwort liegt im Schlüsselbund Ihres Systems. Wählen Sie „Fertigstellen“, um es im Hauptfenster zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/finishpage.cpp" line="214"/>
        <source>Logged in (%1 ms).</source>
        <translation>Angemeldet (%1 ms).</translation>
    </message>
    <message>
        <location filename="../ui/finishpage.cpp" line="219"/>
        <source>%1 The server said: %2</source>
        <translation>%1 Der Server antwortete: %2</translation>
    </message>
    <message>
        <location filename="../ui/finishpage.cpp" line="231"/>
        <source>The settings did not work</source>
        <translation>Die Einstellungen haben nicht funktioniert</translation>
    </message>
    <message>
        <location filename="../ui/finishpage.cpp" line="233"/>
        <source>Satchel could not log in to every server, so nothing was saved yet.</source>
        <translation>Satchel konnte sich nicht bei jedem Server anmelden, darum wurde noch nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/finishpage.cpp" line="244"/>
        <source>A normal account password or a two-step verification code won&apos;t work here: use an app password.</source>
        <translation>Ein normales Kontopasswort oder ein Code der Zwei-Schritt-Bestätigung funktioniert hier nicht: Verwenden Sie ein App-Passwort.</translation>
    </message>
</context>
<context>
    <name>Satchel::FolderList</name>
    <message>
        <location filename="../ui/folderlist.cpp" line="21"/>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../ui/folderlist.cpp" line="38"/>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <location filename="../ui/folderlist.cpp" line="39"/>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <location filename="../ui/folderlist.cpp" line="40"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../ui/folderlist.cpp" line="41"/>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <location filename="../ui/folderlist.cpp" line="42"/>
        <source>Junk</source>
        <translation>Spam</translation>
    </message>
    <message>
        <location filename="../ui/folderlist.cpp" line="43"/>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <location filename="../ui/folderlist.cpp" line="79"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/folderlist.cpp" line="83"/>
        <source>1 message, %1 unread</source>
        <translation>1 Nachricht, %1 ungelesen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/folderlist.cpp" line="84"/>
        <source>%n messages, %1 unread</source>
        <translation>
            <numerusform>%n Nachricht, %1 ungelesen</numerusform>
            <numerusform>%n Nachrichten, %1 ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Satchel::FoldersJob</name>
    <message>
        <location filename="../core/service/foldersjob.cpp" line="12"/>
        <source>%1 receives mail by POP3, which downloads only the Inbox and has no folders on the server.</source>
        <translation>%1 empfängt Nachrichten per POP3; dabei wird nur der Posteingang heruntergeladen, und es gibt keine Ordner auf dem Server.</translation>
    </message>
</context>
<context>
    <name>Satchel::GuessDiscovery</name>
    <message>
        <location filename="../core/discovery/guessdiscovery.cpp" line="40"/>
        <source>Guessing</source>
        <translation>Vermutung</translation>
    </message>
    <message>
        <location filename="../core/discovery/guessdiscovery.cpp" line="82"/>
        <source>Trying %1 addresses</source>
        <translation>%1 Adressen werden ausprobiert</translation>
    </message>
    <message>
        <location filename="../core/discovery/guessdiscovery.cpp" line="145"/>
        <source>No mail server answered at the usual addresses of %1.</source>
        <translation>Unter den üblichen Adressen von %1 hat kein Mail-Server geantwortet.</translation>
    </message>
</context>
<context>
    <name>Satchel::HostLookup</name>
    <message>
        <location filename="../core/net/hostlookup.cpp" line="37"/>
        <source>The server name %1 could not be looked up (%2). Check your internet connection.</source>
        <translation>Der Servername %1 konnte nicht aufgelöst werden (%2). Prüfen Sie Ihre Internetverbindung.</translation>
    </message>
</context>
<context>
    <name>Satchel::HttpsRequestJob</name>
    <message>
        <location filename="../core/net/httpsrequestjob.cpp" line="78"/>
        <source>%1 is not an https address; Satchel asks web servers only over HTTPS.</source>
        <translation>%1 ist keine https-Adresse; Satchel fragt Webserver nur über HTTPS an.</translation>
    </message>
    <message>
        <location filename="../core/net/httpsrequestjob.cpp" line="169"/>
        <source>%1 sent more than %2 kB; Satchel stopped reading.</source>
        <translation>%1 hat mehr als %2 kB gesendet; Satchel hat das Lesen abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/net/httpsrequestjob.cpp" line="198"/>
        <source>%1 did not answer in time. Try again later.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>Satchel::IdentityPage</name>
    <message>
        <location filename="../ui/identitypage.cpp" line="20"/>
        <source>Who are you?</source>
        <translation>Wer sind Sie?</translation>
    </message>
    <message>
        <location filename="../ui/identitypage.cpp" line="21"/>
        <source>Satchel finds the settings of your mail account from your email address.</source>
        <translation>Satchel findet die Einstellungen Ihres Mail-Kontos anhand Ihrer E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../ui/identitypage.cpp" line="24"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../ui/identitypage.cpp" line="25"/>
        <source>Ada Lovelace</source>
        <translation>Ada Lovelace</translation>
    </message>
    <message>
        <location filename="../ui/identitypage.cpp" line="27"/>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/identitypage.cpp" line="28"/>
        <source>you@example.com</source>
        <translation>sie@example.com</translation>
    </message>
    <message>
        <location filename="../ui/identitypage.cpp" line="34"/>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/identitypage.cpp" line="36"/>
        <source>&amp;Email address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/identitypage.cpp" line="38"/>
        <source>Shown to the people you write to.</source>
        <translation>Das sehen die Menschen, denen Sie schreiben.</translation>
    </message>
</context>
<context>
    <name>Satchel::ImapAccountSync</name>
    <message>
        <location filename="../core/imap/imapaccountsync.cpp" line="20"/>
        <location filename="../core/imap/imapaccountsync.cpp" line="41"/>
        <source>The connection to the server was closed.</source>
        <translation>Die Verbindung zum Server wurde getrennt.</translation>
    </message>
    <message>
        <location filename="../core/imap/imapaccountsync.cpp" line="94"/>
        <source>There is no folder &quot;%1&quot; on the server; &quot;satchel-cli folders&quot; lists them.</source>
        <translation>Auf dem Server gibt es keinen Ordner „%1“; „satchel-cli folders“ listet die Ordner auf.</translation>
    </message>
</context>
<context>
    <name>Satchel::ImapAppendJob</name>
    <message>
        <location filename="../core/imap/imapappendjob.cpp" line="59"/>
        <source>to store the message in %1</source>
        <translation>die Nachricht in %1 abzulegen</translation>
    </message>
</context>
<context>
    <name>Satchel::ImapChangeJob</name>
    <message>
        <location filename="../core/imap/imapchangejob.cpp" line="21"/>
        <source>The connection to the server was closed.</source>
        <translation>Die Verbindung zum Server wurde getrennt.</translation>
    </message>
    <message>
        <location filename="../core/imap/imapchangejob.cpp" line="60"/>
        <source>Could not %1: the folder was recreated on the server since, so the message is no longer known by that number.</source>
        <translation>Die Änderung „%1“ war nicht möglich: Der Ordner wurde seitdem auf dem Server neu angelegt, daher ist die Nachricht unter dieser Nummer nicht mehr bekannt.</translation>
    </message>
    <message>
        <location filename="../core/imap/imapchangejob.cpp" line="115"/>
        <source>The message is marked as deleted, but this server cannot remove one message alone (no UIDPLUS); it disappears when another program expunges the folder.</source>
        <translation>Die Nachricht ist als gelöscht markiert, aber dieser Server kann keine einzelne Nachricht entfernen (kein UIDPLUS); sie verschwindet, sobald ein anderes Programm den Ordner bereinigt.</translation>
    </message>
</context>
<context>
    <name>Satchel::ImapCommandJob</name>
    <message>
        <location filename="../core/imap/imapcommandjob.cpp" line="22"/>
        <source>The connection to the mail server is closed; reconnect and try again.</source>
        <translation>Die Verbindung zum Mail-Server ist getrennt; verbinden Sie sich erneut und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../core/imap/imapcommandjob.cpp" line="53"/>
        <source>The server cannot do %1 right now: %2. Try again later.</source>
        <translation>Dem Server ist es gerade nicht möglich, %1: %2. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/imap/imapcommandjob.cpp" line="54"/>
        <source>The server refused %1: %2</source>
        <translation>Der Server hat es abgelehnt, %1: %2</translation>
    </message>
</context>
<context>
    <name>Satchel::ImapCompressJob</name>
    <message>
        <location filename="../core/imap/imapcompressjob.cpp" line="14"/>
        <source>to compress the connection</source>
        <translation>die Verbindung zu komprimieren</translation>
    </message>
</context>
<context>
    <name>Satchel::ImapCopyJob</name>
    <message>
        <location filename="../core/imap/imapcopyjob.cpp" line="35"/>
        <source>to move the messages to %1</source>
        <translation>die Nachrichten nach %1 zu verschieben</translation>
    </message>
    <message>
        <location filename="../core/imap/imapcopyjob.cpp" line="36"/>
        <source>to copy the messages to %1</source>
        <translation>die Nachrichten nach %1 zu kopieren</translation>
    </message>
</context>
<context>
    <name>Satchel::ImapEnableJob</name>
    <message>
        <location filename="../core/imap/imapenablejob.cpp" line="29"/>
        <source>to enable %1</source>
        <translation>%1 zu aktivieren</translation>
    </message>
</context>
<context>
    <name>Satchel::ImapExpungeJob</name>
    <message>
        <location filename="../core/imap/imapexpungejob.cpp" line="15"/>
        <source>The server cannot remove single messages (it lacks UIDPLUS); they stay marked as deleted.</source>
        <translation>Der Server kann keine einzelnen Nachrichten entfernen (ihm fehlt UIDPLUS); sie bleiben als gelöscht markiert.</translation>
    </message>
</context>
<context>
    <name>Satchel::ImapFolderSync</name>
    <message>
        <location filename="../core/imap/imapfoldersync.cpp" line="54"/>
        <source>The connection to the server was closed.</source>
        <translation>Die Verbindung zum Server wurde getrennt.</translation>
    </message>
</context>
<context>
    <name>Satchel::ImapIdleJob</name>
    <message>
        <location filename="../core/imap/imapidlejob.cpp" line="19"/>
        <source>The server does not support IDLE; new mail is found by checking regularly instead.</source>
        <translation>Der Server unterstützt kein IDLE; neue Nachrichten werden stattdessen durch regelmäßiges Nachsehen gefunden.</translation>
    </message>
</context>
<context>
    <name>Satchel::ImapMailboxJob</name>
    <message>
        <location filename="../core/imap/imapmailboxjob.cpp" line="35"/>
        <source>to create the folder %1</source>
        <translation>den Ordner %1 anzulegen</translation>
    </message>
    <message>
        <location filename="../core/imap/imapmailboxjob.cpp" line="37"/>
        <source>to delete the folder %1</source>
        <translation>den Ordner %1 zu löschen</translation>
    </message>
    <message>
        <location filename="../core/imap/imapmailboxjob.cpp" line="39"/>
        <source>to rename the folder %1 to %2</source>
        <translation>den Ordner %1 in %2 umzubenennen</translation>
    </message>
    <message>
        <location filename="../core/imap/imapmailboxjob.cpp" line="41"/>
        <source>to subscribe to the folder %1</source>
        <translation>den Ordner %1 zu abonnieren</translation>
    </message>
    <message>
        <location filename="../core/imap/imapmailboxjob.cpp" line="43"/>
        <source>to unsubscribe from the folder %1</source>
        <translation>das Abonnement des Ordners %1 zu beenden</translation>
    </message>
</context>
<context>
    <name>Satchel::ImapParallelSync</name>
    <message>
        <location filename="../core/imap/imapparallelsync.cpp" line="218"/>
        <source>The connection to the server was closed.</source>
        <translation>Die Verbindung zum Server wurde getrennt.</translation>
    </message>
</context>
<context>
    <name>Satchel::ImapParser</name>
    <message>
        <location filename="../core/imap/imapparser.cpp" line="270"/>
        <source>The server sent a response nested more than %1 levels deep.</source>
        <translation>Der Server hat eine Antwort gesendet, die mehr als %1 Ebenen tief verschachtelt ist.</translation>
    </message>
    <message>
        <location filename="../core/imap/imapparser.cpp" line="275"/>
        <source>The server sent a response with more than %1 items.</source>
        <translation>Der Server hat eine Antwort mit mehr als %1 Elementen gesendet.</translation>
    </message>
    <message>
        <location filename="../core/imap/imapparser.cpp" line="279"/>
        <source>The server sent a number too large for IMAP: &quot;%1&quot;.</source>
        <translation>Der Server hat eine für IMAP zu große Zahl gesendet: „%1“.</translation>
    </message>
    <message>
        <location filename="../core/imap/imapparser.cpp" line="286"/>
        <source>The server sent a malformed response: &quot;%1&quot;.</source>
        <translation>Der Server hat eine fehlerhafte Antwort gesendet: „%1“.</translation>
    </message>
    <message>
        <location filename="../core/imap/imapparser.cpp" line="289"/>
        <source>The server sent a malformed %1 response: &quot;%2&quot;.</source>
        <translation>Der Server hat eine fehlerhafte %1-Antwort gesendet: „%2“.</translation>
    </message>
</context>
<context>
    <name>Satchel::ImapPreviewFetch</name>
    <message>
        <location filename="../core/imap/imappreviewfetch.cpp" line="79"/>
        <source>The connection to the server was closed.</source>
        <translation>Die Verbindung zum Server wurde getrennt.</translation>
    </message>
</context>
<context>
    <name>Satchel::ImapSelectJob</name>
    <message>
        <location filename="../core/imap/imapselectjob.cpp" line="67"/>
        <source>to open the folder %1</source>
        <translation>den Ordner %1 zu öffnen</translation>
    </message>
</context>
<context>
    <name>Satchel::ImapSession</name>
    <message>
        <location filename="../core/imap/imapsession.cpp" line="81"/>
        <source>The connection was closed before the command could run.</source>
        <translation>Die Verbindung wurde getrennt, bevor der Befehl ausgeführt werden konnte.</translation>
    </message>
    <message>
        <location filename="../core/imap/imapsession.cpp" line="191"/>
        <location filename="../core/imap/imapsession.cpp" line="389"/>
        <source>an unexpected continuation request</source>
        <translation>eine unerwartete Fortsetzungsanforderung</translation>
    </message>
    <message>
        <location filename="../core/imap/imapsession.cpp" line="201"/>
        <location filename="../core/imap/imapsession.cpp" line="419"/>
        <source>a reply to a command that was never sent</source>
        <translation>eine Antwort auf einen Befehl, der nie gesendet wurde</translation>
    </message>
    <message>
        <location filename="../core/imap/imapsession.cpp" line="212"/>
        <location filename="../core/imap/imapsession.cpp" line="243"/>
        <source>no IMAP greeting</source>
        <translation>keine IMAP-Begrüßung</translation>
    </message>
    <message>
        <location filename="../core/imap/imapsession.cpp" line="227"/>
        <source>%1 skipped the login before encryption could start (PREAUTH), so the connection cannot be secured. Use the server&apos;s implicit TLS port.</source>
        <translation>%1 hat die Anmeldung übersprungen, bevor die Verschlüsselung beginnen konnte (PREAUTH), daher lässt sich die Verbindung nicht absichern. Verwenden Sie den Port des Servers für implizites TLS.</translation>
    </message>
    <message>
        <location filename="../core/imap/imapsession.cpp" line="282"/>
        <source>%1 offers no login method Satchel can use (LOGIN is disabled and AUTHENTICATE PLAIN is not offered).</source>
        <translation>%1 bietet kein Anmeldeverfahren an, das Satchel verwenden kann (LOGIN ist abgeschaltet, und AUTHENTICATE PLAIN wird nicht angeboten).</translation>
    </message>
    <message>
        <location filename="../core/imap/imapsession.cpp" line="320"/>
        <source>%1 cannot log you in right now: %2. Try again later.</source>
        <translation>%1 kann Sie gerade nicht anmelden: %2. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/imap/imapsession.cpp" line="438"/>
        <source>The connection was closed before the command completed.</source>
        <translation>Die Verbindung wurde getrennt, bevor der Befehl abgeschlossen war.</translation>
    </message>
</context>
<context>
    <name>Satchel::ImapStoreJob</name>
    <message>
        <location filename="../core/imap/imapstorejob.cpp" line="42"/>
        <source>to change the flags</source>
        <translation>die Markierungen zu ändern</translation>
    </message>
</context>
<context>
    <name>Satchel::LineFramer</name>
    <message>
        <location filename="../core/net/lineframer.cpp" line="114"/>
        <location filename="../core/net/lineframer.cpp" line="124"/>
        <source>The server sent a line longer than %1 bytes.</source>
        <translation>Der Server hat eine Zeile gesendet, die länger als %1 Byte ist.</translation>
    </message>
    <message>
        <location filename="../core/net/lineframer.cpp" line="132"/>
        <source>The server announced a literal of %1 bytes, more than the limit of %2 bytes.</source>
        <translation>Der Server hat ein Literal von %1 Byte angekündigt, mehr als die Grenze von %2 Byte.</translation>
    </message>
    <message>
        <location filename="../core/net/lineframer.cpp" line="142"/>
        <location filename="../core/net/lineframer.cpp" line="158"/>
        <source>The server sent a response larger than %1 bytes.</source>
        <translation>Der Server hat eine Antwort gesendet, die größer als %1 Byte ist.</translation>
    </message>
</context>
<context>
    <name>Satchel::LoginErrors</name>
    <message>
        <location filename="../core/net/loginerrors.cpp" line="10"/>
        <source>%1 refused the login of %2. Most providers need an app password here: your normal password or a two-step verification code will not work. Create an app password in your provider&apos;s settings and try again.</source>
        <translation>%1 hat die Anmeldung von %2 abgelehnt. Die meisten Anbieter verlangen hier ein App-Passwort: Ihr normales Passwort oder ein Code der Zwei-Schritt-Bestätigung funktioniert nicht. Erstellen Sie in den Einstellungen Ihres Anbieters ein App-Passwort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/net/loginerrors.cpp" line="22"/>
        <source>%1 answered in a way Satchel did not expect (%2). Check that the port belongs to this kind of server.</source>
        <translation>%1 hat anders geantwortet, als Satchel erwartet hat (%2). Prüfen Sie, ob der Port zu dieser Art von Server gehört.</translation>
    </message>
    <message>
        <location filename="../core/net/loginerrors.cpp" line="32"/>
        <source>%1 does not offer STARTTLS, so the password cannot be sent safely. Use the server&apos;s implicit TLS port instead.</source>
        <translation>%1 bietet kein STARTTLS an, daher kann das Passwort nicht sicher gesendet werden. Verwenden Sie stattdessen den Port des Servers für implizites TLS.</translation>
    </message>
    <message>
        <location filename="../core/net/loginerrors.cpp" line="44"/>
        <source>%1 closed the connection: %2. Try again later.</source>
        <translation>%1 hat die Verbindung getrennt: %2. Versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>Satchel::MailCache</name>
    <message>
        <location filename="../core/store/mailcache.cpp" line="136"/>
        <source>The mail cache %1 cannot be opened: %2. Check that the disk has space and the profile folder is writable.</source>
        <translation>Der Mail-Zwischenspeicher %1 kann nicht geöffnet werden: %2. Prüfen Sie, ob auf dem Datenträger Platz frei ist und der Profilordner beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../core/store/mailcache.cpp" line="158"/>
        <source>The mail cache %1 was written by a newer Satchel; update Satchel or remove the file to download the mail again.</source>
        <translation>Der Mail-Zwischenspeicher %1 wurde von einer neueren Satchel-Version geschrieben; aktualisieren Sie Satchel oder entfernen Sie die Datei, um die Nachrichten erneut herunterzuladen.</translation>
    </message>
    <message>
        <location filename="../core/store/mailcache.cpp" line="168"/>
        <location filename="../core/store/mailcache.cpp" line="175"/>
        <source>The mail cache %1 cannot be upgraded: %2</source>
        <translation>Der Mail-Zwischenspeicher %1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/mailcache.cpp" line="182"/>
        <source>The mail cache %1 cannot be set up: %2</source>
        <translation>Der Mail-Zwischenspeicher %1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/mailcache.cpp" line="206"/>
        <source>The mail cache %1 could not save changes: %2. Check that the disk has space.</source>
        <translation>Der Mail-Zwischenspeicher %1 konnte Änderungen nicht speichern: %2. Prüfen Sie, ob auf dem Datenträger Platz frei ist.</translation>
    </message>
    <message>
        <location filename="../core/store/mailcache.cpp" line="232"/>
        <source>The mail cache %1 could not be read or written: %2</source>
        <translation>Der Mail-Zwischenspeicher %1 konnte nicht gelesen oder geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Satchel::MailCommands</name>
    <message>
        <location filename="../app/cli/mailcommands.cpp" line="70"/>
        <source>%1: %2 new, %3 changed, %4 removed, %5 downloaded</source>
        <translation>%1: %2 neu, %3 geändert, %4 entfernt, %5 heruntergeladen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/mailcommands.cpp" line="83"/>
        <source>%n folder(s) in sync.</source>
        <translation>
            <numerusform>%n Ordner ist abgeglichen.</numerusform>
            <numerusform>%n Ordner sind abgeglichen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/mailcommands.cpp" line="155"/>
        <source>The server cannot be reached; the change is saved and will be made when it can (the next command that connects, or sync).</source>
        <translation>Der Server ist nicht erreichbar; die Änderung ist gespeichert und wird ausgeführt, sobald das möglich ist (beim nächsten Befehl, der sich verbindet, oder bei sync).</translation>
    </message>
    <message>
        <location filename="../app/cli/mailcommands.cpp" line="175"/>
        <source>A change made offline was refused by the server and dropped (%1): %2</source>
        <translation>Eine offline vorgenommene Änderung wurde vom Server abgelehnt und verworfen (%1): %2</translation>
    </message>
</context>
<context>
    <name>Satchel::MailEngine</name>
    <message>
        <location filename="../core/service/mailengine.cpp" line="21"/>
        <source>There is no folder &quot;%1&quot; in the cache; run &quot;satchel-cli sync&quot; first, or see &quot;satchel-cli folders&quot; for the names.</source>
        <translation>Im Zwischenspeicher gibt es keinen Ordner „%1“; führen Sie zuerst „satchel-cli sync“ aus, oder sehen Sie die Namen mit „satchel-cli folders“ nach.</translation>
    </message>
    <message>
        <location filename="../core/service/mailengine.cpp" line="33"/>
        <source>This account has no IMAP server to ask.</source>
        <translation>Dieses Konto hat keinen IMAP-Server, den Satchel fragen könnte.</translation>
    </message>
    <message>
        <location filename="../core/service/mailengine.cpp" line="139"/>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung getrennt.</translation>
    </message>
    <message>
        <location filename="../core/service/mailengine.cpp" line="363"/>
        <source>The folder %1 changed on the server; run &quot;satchel-cli sync&quot; and look the message up again.</source>
        <translation>Der Ordner %1 hat sich auf dem Server geändert; führen Sie „satchel-cli sync“ aus und suchen Sie die Nachricht erneut.</translation>
    </message>
    <message>
        <location filename="../core/service/mailengine.cpp" line="379"/>
        <source>There is no message %1 in %2 on the server.</source>
        <translation>Auf dem Server gibt es keine Nachricht %1 in %2.</translation>
    </message>
    <message>
        <location filename="../core/service/mailengine.cpp" line="416"/>
        <source>There is no message %1 in %2; &quot;satchel-cli list&quot; shows the messages and their numbers.</source>
        <translation>Es gibt keine Nachricht %1 in %2; „satchel-cli list“ zeigt die Nachrichten und ihre Nummern.</translation>
    </message>
</context>
<context>
    <name>Satchel::MailJob</name>
    <message>
        <location filename="../core/service/mailjobs.cpp" line="19"/>
        <source>%1 receives mail by POP3; this works on IMAP accounts only.</source>
        <translation>%1 empfängt Nachrichten per POP3; das funktioniert nur bei IMAP-Konten.</translation>
    </message>
</context>
<context>
    <name>Satchel::MailPane</name>
    <message>
        <location filename="../ui/mailpane.cpp" line="75"/>
        <source>Checking for new mail failed: %1</source>
        <translation>Die Suche nach neuen Nachrichten ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mailpane.cpp" line="94"/>
        <source>Search subject and addresses</source>
        <translation>Betreff und Adressen durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/mailpane.cpp" line="96"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../ui/mailpane.cpp" line="99"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/mailpane.cpp" line="128"/>
        <source>&amp;Sync</source>
        <translation>&amp;Abgleichen</translation>
    </message>
    <message>
        <location filename="../ui/mailpane.cpp" line="131"/>
        <source>Get new mail and make the changes saved offline</source>
        <translation>Neue Nachrichten abrufen und offline gespeicherte Änderungen ausführen</translation>
    </message>
    <message>
        <location filename="../ui/mailpane.cpp" line="134"/>
        <source>Mark as &amp;Read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <location filename="../ui/mailpane.cpp" line="138"/>
        <source>Mark as &amp;Unread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <location filename="../ui/mailpane.cpp" line="142"/>
        <source>&amp;Flag</source>
        <translation>&amp;Markieren</translation>
    </message>
    <message>
        <location filename="../ui/mailpane.cpp" line="147"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/mailpane.cpp" line="150"/>
        <source>Move the message to the Trash</source>
        <translation>Die Nachricht in den Papierkorb verschieben</translation>
    </message>
    <message>
        <location filename="../ui/mailpane.cpp" line="153"/>
        <source>&amp;Move To</source>
        <translation>&amp;Verschieben nach</translation>
    </message>
    <message>
        <location filename="../ui/mailpane.cpp" line="159"/>
        <source>&amp;New Folder…</source>
        <translation>&amp;Neuer Ordner …</translation>
    </message>
    <message>
        <location filename="../ui/mailpane.cpp" line="165"/>
        <source>&amp;Reply</source>
        <translation>An&amp;tworten</translation>
    </message>
    <message>
        <location filename="../ui/mailpane.cpp" line="168"/>
        <source>Answer the sender</source>
        <translation>Dem Absender antworten</translation>
    </message>
    <message>
        <location filename="../ui/mailpane.cpp" line="172"/>
        <source>Reply &amp;All</source>
        <translation>Allen antw&amp;orten</translation>
    </message>
    <message>
        <location filename="../ui/mailpane.cpp" line="175"/>
        <source>Answer the sender and everyone the message went to</source>
        <translation>Dem Absender und allen Empfängern der Nachricht antworten</translation>
    </message>
    <message>
        <location filename="../ui/mailpane.cpp" line="180"/>
        <source>F&amp;orward</source>
        <translation>&amp;Weiterleiten</translation>
    </message>
    <message>
        <location filename="../ui/mailpane.cpp" line="183"/>
        <source>Send the message on, with its attachments</source>
        <translation>Die Nachricht mit ihren Anhängen weiterleiten</translation>
    </message>
    <message>
        <location filename="../ui/mailpane.cpp" line="219"/>
        <source>%1 receives mail by POP3; Satchel shows IMAP mail only so far.</source>
        <translation>%1 empfängt Nachrichten per POP3; Satchel zeigt bisher nur IMAP-Nachrichten an.</translation>
    </message>
    <message>
        <location filename="../ui/mailpane.cpp" line="239"/>
        <location filename="../ui/mailpane.cpp" line="247"/>
        <source>Syncing %1…</source>
        <translation>%1 wird abgeglichen …</translation>
    </message>
    <message>
        <location filename="../ui/mailpane.cpp" line="246"/>
        <source>Syncing %1: %2 of %3</source>
        <translation>%1 wird abgeglichen: %2 von %3</translation>
    </message>
    <message>
        <location filename="../ui/mailpane.cpp" line="263"/>
        <source>Sync failed: %1</source>
        <translation>Abgleich fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mailpane.cpp" line="268"/>
        <source>Up to date.</source>
        <translation>Aktuell.</translation>
    </message>
    <message>
        <location filename="../ui/mailpane.cpp" line="269"/>
        <source>Up to date; 1 new message.</source>
        <translation>Aktuell; 1 neue Nachricht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mailpane.cpp" line="270"/>
        <source>Up to date; %n new messages.</source>
        <translation>
            <numerusform>Aktuell; %n neue Nachricht.</numerusform>
            <numerusform>Aktuell; %n neue Nachrichten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mailpane.cpp" line="272"/>
        <location filename="../ui/mailpane.cpp" line="513"/>
        <source>The server refused a change: %1</source>
        <translation>Der Server hat eine Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../ui/mailpane.cpp" line="358"/>
        <source>Loading the message…</source>
        <translation>Die Nachricht wird geladen …</translation>
    </message>
    <message>
        <location filename="../ui/mailpane.cpp" line="414"/>
        <source>Sending from the outbox failed: %1</source>
        <translation>Das Senden aus dem Postausgang ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mailpane.cpp" line="415"/>
        <source>Sent %n message(s) from the outbox.</source>
        <translation>
            <numerusform>%n Nachricht aus dem Postausgang gesendet.</numerusform>
            <numerusform>%n Nachrichten aus dem Postausgang gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mailpane.cpp" line="453"/>
        <source>Delete for Good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <location filename="../ui/mailpane.cpp" line="454"/>
        <source>This message is in the Trash. Delete it for good?</source>
        <translation>Diese Nachricht liegt im Papierkorb. Endgültig löschen?</translation>
    </message>
    <message>
        <location filename="../ui/mailpane.cpp" line="489"/>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <location filename="../ui/mailpane.cpp" line="490"/>
        <source>Name of the new folder (use / for a folder inside another):</source>
        <translation>Name des neuen Ordners (/ für einen Ordner in einem anderen):</translation>
    </message>
    <message>
        <location filename="../ui/mailpane.cpp" line="518"/>
        <source>The server cannot be reached; the change was saved and will be made at the next connection.</source>
        <translation>Der Server ist nicht erreichbar; die Änderung wurde gespeichert und wird bei der nächsten Verbindung ausgeführt.</translation>
    </message>
</context>
<context>
    <name>Satchel::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="37"/>
        <source>Satchel</source>
        <translation>Satchel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="42"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="68"/>
        <source>No account is set up in this profile yet.</source>
        <translation>In diesem Profil ist noch kein Konto eingerichtet.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="74"/>
        <source>&amp;Set Up an Account…</source>
        <translation>Konto &amp;einrichten …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="78"/>
        <source>Or add one from a terminal:</source>
        <translation>Oder fügen Sie eines im Terminal hinzu:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="88"/>
        <source>Command to add an account</source>
        <translation>Befehl zum Hinzufügen eines Kontos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="105"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="106"/>
        <source>&amp;Add Account…</source>
        <translation>Konto &amp;hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="108"/>
        <source>&amp;Export Account…</source>
        <translation>Konto &amp;exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>Set up another device with this account&apos;s settings</source>
        <translation>Ein anderes Gerät mit den Einstellungen dieses Kontos einrichten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="112"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="116"/>
        <source>&amp;Mail</source>
        <translation>&amp;Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="118"/>
        <source>&amp;New Message</source>
        <translation>Neu&amp;e Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128"/>
        <source>Write a new message</source>
        <translation>Eine neue Nachricht verfassen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="137"/>
        <source>&amp;About Satchel</source>
        <translation>Ü&amp;ber Satchel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="143"/>
        <source>Mail</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="170"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="172"/>
        <source>%1 &lt;%2&gt;
%3</source>
        <translation>%1 &lt;%2&gt;
%3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>1 account in %1</source>
        <translation>1 Konto in %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>%n accounts in %1</source>
        <translation>
            <numerusform>%n Konto in %1</numerusform>
            <numerusform>%n Konten in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="243"/>
        <source>About Satchel</source>
        <translation>Über Satchel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>Satchel %1
Mail and account setup for IMAP, POP3, SMTP, CardDAV and CalDAV.</source>
        <translation>Satchel %1
E-Mail und Kontoeinrichtung für IMAP, POP3, SMTP, CardDAV und CalDAV.</translation>
    </message>
</context>
<context>
    <name>Satchel::ManualPage</name>
    <message>
        <location filename="../ui/manualpage.cpp" line="54"/>
        <source>Server settings</source>
        <translation>Servereinstellungen</translation>
    </message>
    <message>
        <location filename="../ui/manualpage.cpp" line="55"/>
        <source>Change any setting your provider gives differently. Next logs in with them to check they work.</source>
        <translation>Ändern Sie jede Einstellung, die Ihr Anbieter anders angibt. „Weiter“ meldet sich damit an und prüft, ob sie funktionieren.</translation>
    </message>
    <message>
        <location filename="../ui/manualpage.cpp" line="58"/>
        <source>Incoming mail</source>
        <translation>Eingehende E-Mails</translation>
    </message>
    <message>
        <location filename="../ui/manualpage.cpp" line="60"/>
        <source>Sending mail (SMTP)</source>
        <translation>Ausgehende E-Mails (SMTP)</translation>
    </message>
    <message>
        <location filename="../ui/manualpage.cpp" line="66"/>
        <source>Contacts (CardDAV) URL</source>
        <translation>Adresse für Kontakte (CardDAV)</translation>
    </message>
    <message>
        <location filename="../ui/manualpage.cpp" line="67"/>
        <location filename="../ui/manualpage.cpp" line="70"/>
        <source>https://… (optional)</source>
        <translation>https://… (freiwillig)</translation>
    </message>
    <message>
        <location filename="../ui/manualpage.cpp" line="69"/>
        <source>Calendars (CalDAV) URL</source>
        <translation>Adresse für Kalender (CalDAV)</translation>
    </message>
    <message>
        <location filename="../ui/manualpage.cpp" line="71"/>
        <source>Contacts (Car&amp;dDAV):</source>
        <translation>&amp;Kontakte (CardDAV):</translation>
    </message>
    <message>
        <location filename="../ui/manualpage.cpp" line="73"/>
        <source>Cal&amp;endars (CalDAV):</source>
        <translation>Ka&amp;lender (CalDAV):</translation>
    </message>
    <message>
        <location filename="../ui/manualpage.cpp" line="143"/>
        <source>%1 must be an https:// address, like https://dav.example.com/.</source>
        <translation>%1 muss eine https://-Adresse sein, etwa https://dav.example.com/.</translation>
    </message>
    <message>
        <location filename="../ui/manualpage.cpp" line="159"/>
        <source>Without encryption, your password and all your mail can be read by anyone on the network. Choose SSL/TLS or STARTTLS if the server offers it.</source>
        <translation>Ohne Verschlüsselung können alle im Netzwerk Ihr Passwort und Ihre gesamte Post mitlesen. Wählen Sie SSL/TLS oder STARTTLS, wenn der Server es anbietet.</translation>
    </message>
</context>
<context>
    <name>Satchel::MessageFile</name>
    <message>
        <location filename="../app/cli/messagefile.cpp" line="16"/>
        <source>Cannot read %1 (%2); give the path of a message file (.eml).</source>
        <translation>%1 kann nicht gelesen werden (%2); geben Sie den Pfad einer Nachrichtendatei (.eml) an.</translation>
    </message>
    <message>
        <location filename="../app/cli/messagefile.cpp" line="32"/>
        <source>%1 is a folder; give the path of a message file (.eml).</source>
        <translation>%1 ist ein Ordner; geben Sie den Pfad einer Nachrichtendatei (.eml) an.</translation>
    </message>
    <message>
        <location filename="../app/cli/messagefile.cpp" line="44"/>
        <source>%1 is larger than 512 MB, too large for a message.</source>
        <translation>%1 ist größer als 512 MB und damit zu groß für eine Nachricht.</translation>
    </message>
    <message>
        <location filename="../app/cli/messagefile.cpp" line="56"/>
        <source>The input is larger than 512 MB, too large for a message.</source>
        <translation>Die Eingabe ist größer als 512 MB und damit zu groß für eine Nachricht.</translation>
    </message>
</context>
<context>
    <name>Satchel::MessageListModel</name>
    <message>
        <location filename="../ui/messagelistmodel.cpp" line="123"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location filename="../ui/messagelistmodel.cpp" line="134"/>
        <location filename="../ui/messagelistmodel.cpp" line="140"/>
        <location filename="../ui/messagelistmodel.cpp" line="178"/>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <location filename="../ui/messagelistmodel.cpp" line="170"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../ui/messagelistmodel.cpp" line="172"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/messagelistmodel.cpp" line="174"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>Satchel::MessageView</name>
    <message>
        <location filename="../ui/messageview.cpp" line="43"/>
        <source>Remote content was blocked to protect your privacy.</source>
        <translation>Externe Inhalte wurden blockiert, um Ihre Privatsphäre zu schützen.</translation>
    </message>
    <message>
        <location filename="../ui/messageview.cpp" line="60"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location filename="../ui/messageview.cpp" line="61"/>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <location filename="../ui/messageview.cpp" line="62"/>
        <source>Cc:</source>
        <translation>Kopie:</translation>
    </message>
    <message>
        <location filename="../ui/messageview.cpp" line="63"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location filename="../ui/messageview.cpp" line="94"/>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <location filename="../ui/messageview.cpp" line="110"/>
        <source>No message selected.</source>
        <translation>Keine Nachricht ausgewählt.</translation>
    </message>
    <message>
        <location filename="../ui/messageview.cpp" line="147"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location filename="../ui/messageview.cpp" line="170"/>
        <source>Unnamed %1</source>
        <translation>Unbenannt (%1)</translation>
    </message>
    <message>
        <location filename="../ui/messageview.cpp" line="172"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Satchel::MimeBuilder</name>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="194"/>
        <source>&quot;%1&quot; in %2 is not an email address; write it like ann@example.com.</source>
        <translation>„%1“ in %2 ist keine E-Mail-Adresse; schreiben Sie sie wie ann@example.com.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="230"/>
        <source>The message identifier &quot;%1&quot; cannot be written into %2; leave it out.</source>
        <translation>Die Nachrichtenkennung „%1“ kann nicht in %2 geschrieben werden; lassen Sie sie weg.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="243"/>
        <source>The message has no sender; set the From address.</source>
        <translation>Die Nachricht hat keinen Absender; geben Sie die Absenderadresse (From) an.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="274"/>
        <source>Satchel does not add a header named &quot;%1&quot; to a message; it can add %2.</source>
        <translation>Satchel fügt einer Nachricht keine Kopfzeile namens „%1“ hinzu; möglich sind %2.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimebuilder.cpp" line="327"/>
        <source>&quot;%1&quot; is not a content type; write it like application/pdf.</source>
        <translation>„%1“ ist kein Inhaltstyp; schreiben Sie ihn wie application/pdf.</translation>
    </message>
</context>
<context>
    <name>Satchel::MimeOutput</name>
    <message>
        <location filename="../app/cli/mimeoutput.cpp" line="99"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../app/cli/mimeoutput.cpp" line="100"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../app/cli/mimeoutput.cpp" line="102"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../app/cli/mimeoutput.cpp" line="104"/>
        <source>Cc</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <location filename="../app/cli/mimeoutput.cpp" line="106"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../app/cli/mimeoutput.cpp" line="110"/>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <location filename="../app/cli/mimeoutput.cpp" line="112"/>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
</context>
<context>
    <name>Satchel::MimeWarning</name>
    <message>
        <location filename="../core/mime/mimewarning.cpp" line="20"/>
        <source>A header line is malformed; the body is taken to start there.</source>
        <translation>Eine Kopfzeile ist fehlerhaft; der Nachrichtentext wird ab dort angenommen.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimewarning.cpp" line="23"/>
        <source>The message has too many header lines; the rest were ignored.</source>
        <translation>Die Nachricht hat zu viele Kopfzeilen; die übrigen wurden ignoriert.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimewarning.cpp" line="25"/>
        <source>The headers are too large; the rest were ignored.</source>
        <translation>Die Kopfzeilen sind zu groß; der Rest wurde ignoriert.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimewarning.cpp" line="28"/>
        <source>A multipart part has no boundary; it is shown as plain text.</source>
        <translation>Ein Multipart-Teil hat keine Begrenzung (boundary); er wird als reiner Text angezeigt.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimewarning.cpp" line="31"/>
        <source>The boundary of a multipart part never occurs; it is shown as plain text.</source>
        <translation>Die Begrenzung eines Multipart-Teils kommt nirgends vor; er wird als reiner Text angezeigt.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimewarning.cpp" line="35"/>
        <source>A multipart part is missing its final boundary; the message may be cut off.</source>
        <translation>Einem Multipart-Teil fehlt die abschließende Begrenzung; die Nachricht ist vielleicht abgeschnitten.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimewarning.cpp" line="39"/>
        <source>The parts are nested more than %1 levels deep; deeper parts are not shown.</source>
        <translation>Die Teile sind mehr als %1 Ebenen tief verschachtelt; tiefere Teile werden nicht angezeigt.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimewarning.cpp" line="43"/>
        <source>The message has more than %1 parts; the rest are not shown.</source>
        <translation>Die Nachricht hat mehr als %1 Teile; die übrigen werden nicht angezeigt.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimewarning.cpp" line="46"/>
        <source>A part has invalid base64 data; the invalid characters were skipped.</source>
        <translation>Ein Teil hat ungültige Base64-Daten; die ungültigen Zeichen wurden übersprungen.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimewarning.cpp" line="49"/>
        <source>A part has invalid quoted-printable data; it was kept as written.</source>
        <translation>Ein Teil hat ungültige Quoted-Printable-Daten; er wurde unverändert übernommen.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimewarning.cpp" line="52"/>
        <source>The transfer encoding &quot;%1&quot; is unknown; the part is shown undecoded.</source>
        <translation>Die Transferkodierung „%1“ ist unbekannt; der Teil wird nicht dekodiert angezeigt.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimewarning.cpp" line="55"/>
        <source>The charset &quot;%1&quot; is unknown; the text was decoded as UTF-8 or Latin-1.</source>
        <translation>Der Zeichensatz „%1“ ist unbekannt; der Text wurde als UTF-8 oder Latin-1 dekodiert.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimewarning.cpp" line="59"/>
        <source>Some text is not valid %1; the invalid bytes are shown as replacement characters.</source>
        <translation>Ein Teil des Textes ist kein gültiges %1; die ungültigen Bytes werden als Ersatzzeichen angezeigt.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimewarning.cpp" line="63"/>
        <source>A header has an invalid encoded word &quot;%1&quot;; it is shown as written.</source>
        <translation>Eine Kopfzeile hat ein ungültiges kodiertes Wort „%1“; es wird unverändert angezeigt.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimewarning.cpp" line="66"/>
        <source>The date &quot;%1&quot; could not be understood.</source>
        <translation>Das Datum „%1“ konnte nicht ausgewertet werden.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimewarning.cpp" line="68"/>
        <source>The address &quot;%1&quot; is malformed.</source>
        <translation>Die Adresse „%1“ ist fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimewarning.cpp" line="70"/>
        <source>The content type &quot;%1&quot; is malformed; the part is taken as plain text.</source>
        <translation>Der Inhaltstyp „%1“ ist fehlerhaft; der Teil wird als reiner Text behandelt.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimewarning.cpp" line="73"/>
        <source>The header parameter &quot;%1&quot; is malformed.</source>
        <translation>Der Kopfzeilenparameter „%1“ ist fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../core/mime/mimewarning.cpp" line="75"/>
        <source>The message has more problems than are listed here.</source>
        <translation>Die Nachricht hat mehr Probleme, als hier aufgeführt sind.</translation>
    </message>
</context>
<context>
    <name>Satchel::MobileconfigWriter</name>
    <message>
        <location filename="../core/export/mobileconfigwriter.cpp" line="75"/>
        <source>Sets up mail, contacts and calendars for %1. The profile holds no password: the device asks for the app password when you install it.</source>
        <translation>Richtet Mail, Kontakte und Kalender für %1 ein. Das Profil enthält kein Passwort: Das Gerät fragt bei der Installation nach dem App-Passwort.</translation>
    </message>
</context>
<context>
    <name>Satchel::MxDiscovery</name>
    <message>
        <location filename="../core/discovery/mxdiscovery.cpp" line="9"/>
        <source>MX records</source>
        <translation>MX-Einträge</translation>
    </message>
    <message>
        <location filename="../core/discovery/mxdiscovery.cpp" line="20"/>
        <source>The mail servers (MX records) of %1 could not be looked up, so a provider hosting the domain could not be recognised.</source>
        <translation>Die Mail-Server (MX-Einträge) von %1 konnten nicht abgefragt werden, daher ließ sich kein Anbieter erkennen, der die Domain betreibt.</translation>
    </message>
    <message>
        <location filename="../core/discovery/mxdiscovery.cpp" line="28"/>
        <source>%1 has no MX records.</source>
        <translation>%1 hat keine MX-Einträge.</translation>
    </message>
    <message>
        <location filename="../core/discovery/mxdiscovery.cpp" line="44"/>
        <source>%1 receives mail for %2 (MX %3).</source>
        <translation>%1 empfängt die E-Mails für %2 (MX %3).</translation>
    </message>
    <message>
        <location filename="../core/discovery/mxdiscovery.cpp" line="49"/>
        <source>The mail servers %1 belong to no provider Satchel knows.</source>
        <translation>Die Mail-Server %1 gehören zu keinem Anbieter, den Satchel kennt.</translation>
    </message>
</context>
<context>
    <name>Satchel::Outbox</name>
    <message>
        <location filename="../core/smtp/outbox.cpp" line="67"/>
        <source>Could not create the outbox folder %1.</source>
        <translation>Der Postausgangsordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/smtp/outbox.cpp" line="116"/>
        <source>The outbox record %1 is damaged; move it away to go on.</source>
        <translation>Der Postausgangseintrag %1 ist beschädigt; verschieben Sie ihn, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../core/smtp/outbox.cpp" line="132"/>
        <source>Could not read the queued message %1: %2.</source>
        <translation>Die wartende Nachricht %1 konnte nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>Satchel::OutboxFlushJob</name>
    <message>
        <location filename="../core/service/outboxflushjob.cpp" line="75"/>
        <source>Another Satchel has been sending from this outbox for a while; the messages wait there and go with the next send.</source>
        <translation>Ein anderes Satchel sendet schon eine Weile aus diesem Postausgang; die Nachrichten warten dort und gehen mit dem nächsten Versand.</translation>
    </message>
    <message>
        <location filename="../core/service/outboxflushjob.cpp" line="77"/>
        <source>Could not lock the outbox %1; check that the profile folder is writable.</source>
        <translation>Der Postausgang %1 konnte nicht gesperrt werden; prüfen Sie, ob der Profilordner beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../core/service/outboxflushjob.cpp" line="231"/>
        <source>The message was sent, but Satchel could not record that, so it may be sent again: %1</source>
        <translation>Die Nachricht wurde gesendet, aber Satchel konnte das nicht vermerken, daher wird sie vielleicht erneut gesendet: %1</translation>
    </message>
</context>
<context>
    <name>Satchel::OutgoingAttachment</name>
    <message>
        <location filename="../core/mime/outgoingmessage.cpp" line="36"/>
        <source>it is not a file</source>
        <translation>es ist keine Datei</translation>
    </message>
    <message>
        <location filename="../core/mime/outgoingmessage.cpp" line="39"/>
        <location filename="../core/mime/outgoingmessage.cpp" line="46"/>
        <source>Satchel cannot attach %1: %2.</source>
        <translation>Satchel kann %1 nicht anhängen: %2.</translation>
    </message>
</context>
<context>
    <name>Satchel::OutgoingMessage</name>
    <message>
        <location filename="../core/mime/outgoingmessage.cpp" line="113"/>
        <source>&quot;%1&quot; is not an email address; write it like ann@example.com or Ann &lt;ann@example.com&gt;.</source>
        <translation>„%1“ ist keine E-Mail-Adresse; schreiben Sie sie wie ann@example.com oder Ann &lt;ann@example.com&gt;.</translation>
    </message>
</context>
<context>
    <name>Satchel::PasswordPage</name>
    <message>
        <location filename="../ui/passwordpage.cpp" line="20"/>
        <source>&amp;Show the password</source>
        <translation>Passwort &amp;anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/passwordpage.cpp" line="23"/>
        <location filename="../ui/passwordpage.cpp" line="41"/>
        <source>App password</source>
        <translation>App-Passwort</translation>
    </message>
    <message>
        <location filename="../ui/passwordpage.cpp" line="24"/>
        <source>Mail apps sign in with an app password, made for them in your provider&apos;s settings.</source>
        <translation>Mail-Programme melden sich mit einem App-Passwort an, das Sie dafür in den Einstellungen Ihres Anbieters erstellen.</translation>
    </message>
    <message>
        <location filename="../ui/passwordpage.cpp" line="30"/>
        <source>Your normal account password or a two-step verification code won&apos;t work here: most providers refuse them in mail apps, and the login fails with a password error. Make an app password in your provider&apos;s security settings and type it below.</source>
        <translation>Ihr normales Kontopasswort oder ein Code der Zwei-Schritt-Bestätigung funktioniert hier nicht: Die meisten Anbieter lehnen sie in Mail-Programmen ab, und die Anmeldung scheitert mit einem Passwortfehler. Erstellen Sie in den Sicherheitseinstellungen Ihres Anbieters ein App-Passwort und geben Sie es unten ein.</translation>
    </message>
    <message>
        <location filename="../ui/passwordpage.cpp" line="49"/>
        <source>App &amp;password:</source>
        <translation>App-&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/passwordpage.cpp" line="84"/>
        <source>%1 needs an app password once two-step verification is on.</source>
        <translation>%1 verlangt ein App-Passwort, sobald die Zwei-Schritt-Bestätigung eingeschaltet ist.</translation>
    </message>
    <message>
        <location filename="../ui/passwordpage.cpp" line="85"/>
        <source>%1 always needs an app password for mail apps.</source>
        <translation>%1 verlangt für Mail-Programme immer ein App-Passwort.</translation>
    </message>
</context>
<context>
    <name>Satchel::Pop3LoginJob</name>
    <message>
        <location filename="../core/pop3/pop3loginjob.cpp" line="59"/>
        <source>%1 refused the connection: %2. Try again later.</source>
        <translation>%1 hat die Verbindung abgelehnt: %2. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/pop3/pop3loginjob.cpp" line="139"/>
        <source>The username or password contains a line break, which POP3 cannot send.</source>
        <translation>Der Benutzername oder das Passwort enthält einen Zeilenumbruch, den POP3 nicht senden kann.</translation>
    </message>
    <message>
        <location filename="../core/pop3/pop3loginjob.cpp" line="150"/>
        <source>%1 cannot open the mailbox right now: %2. Try again later; another program may be using it.</source>
        <translation>%1 kann das Postfach gerade nicht öffnen: %2. Versuchen Sie es später erneut; vielleicht verwendet es gerade ein anderes Programm.</translation>
    </message>
</context>
<context>
    <name>Satchel::Pop3Reply</name>
    <message>
        <location filename="../core/pop3/pop3reply.cpp" line="22"/>
        <source>The server sent &quot;%1&quot; where POP3 needs +OK or -ERR.</source>
        <translation>Der Server hat „%1“ gesendet, wo POP3 +OK oder -ERR verlangt.</translation>
    </message>
    <message>
        <location filename="../core/pop3/pop3reply.cpp" line="28"/>
        <source>The server sent a malformed POP3 status line.</source>
        <translation>Der Server hat eine fehlerhafte POP3-Statuszeile gesendet.</translation>
    </message>
</context>
<context>
    <name>Satchel::Profile</name>
    <message>
        <location filename="../core/common/profile.cpp" line="35"/>
        <source>Could not create the profile folder %1.</source>
        <translation>Der Profilordner %1 konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>Satchel::ProviderDatabase</name>
    <message>
        <location filename="../core/discovery/providerdatabase.cpp" line="53"/>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <location filename="../core/discovery/providerdatabase.cpp" line="58"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/discovery/providerdatabase.cpp" line="129"/>
        <source>Satchel knows no provider for %1.</source>
        <translation>Satchel kennt keinen Anbieter für %1.</translation>
    </message>
</context>
<context>
    <name>Satchel::ProviderDiscovery</name>
    <message>
        <location filename="../core/discovery/providerdiscovery.cpp" line="8"/>
        <source>Provider database</source>
        <translation>Anbieterdatenbank</translation>
    </message>
    <message>
        <location filename="../core/discovery/providerdiscovery.cpp" line="18"/>
        <source>Satchel does not know %1 as a provider&apos;s domain.</source>
        <translation>Satchel kennt %1 nicht als Domain eines Anbieters.</translation>
    </message>
    <message>
        <location filename="../core/discovery/providerdiscovery.cpp" line="24"/>
        <source>%1 is %2&apos;s domain.</source>
        <translation>%1 ist die Domain von %2.</translation>
    </message>
</context>
<context>
    <name>Satchel::ProviderTemplate</name>
    <message>
        <location filename="../core/discovery/providerconfig.cpp" line="203"/>
        <source>&quot;%1&quot; is not an email address; write it like you@example.com.</source>
        <translation>„%1“ ist keine E-Mail-Adresse; schreiben Sie sie wie sie@example.com.</translation>
    </message>
</context>
<context>
    <name>Satchel::ReplyBuilder</name>
    <message>
        <location filename="../core/mime/replybuilder.cpp" line="38"/>
        <source>The sender</source>
        <translation>Der Absender</translation>
    </message>
    <message>
        <location filename="../core/mime/replybuilder.cpp" line="95"/>
        <source>-------- Forwarded Message --------</source>
        <translation>-------- Weitergeleitete Nachricht --------</translation>
    </message>
    <message>
        <location filename="../core/mime/replybuilder.cpp" line="96"/>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <location filename="../core/mime/replybuilder.cpp" line="98"/>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <location filename="../core/mime/replybuilder.cpp" line="99"/>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <location filename="../core/mime/replybuilder.cpp" line="101"/>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <location filename="../core/mime/replybuilder.cpp" line="103"/>
        <source>Cc: %1</source>
        <translation>Kopie (CC): %1</translation>
    </message>
    <message>
        <location filename="../core/mime/replybuilder.cpp" line="113"/>
        <source>forwarded message.eml</source>
        <translation>weitergeleitete Nachricht.eml</translation>
    </message>
    <message>
        <location filename="../core/mime/replybuilder.cpp" line="113"/>
        <source>attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <location filename="../core/mime/replybuilder.cpp" line="124"/>
        <source>%1 wrote:</source>
        <translation>%1 schrieb:</translation>
    </message>
    <message>
        <location filename="../core/mime/replybuilder.cpp" line="125"/>
        <source>On %1, %2 wrote:</source>
        <translation>%2 schrieb am %1:</translation>
    </message>
</context>
<context>
    <name>Satchel::ResultPage</name>
    <message>
        <location filename="../ui/resultpage.cpp" line="42"/>
        <source>C&amp;hange settings…</source>
        <translation>Einstellungen än&amp;dern …</translation>
    </message>
    <message>
        <location filename="../ui/resultpage.cpp" line="45"/>
        <source>Your settings</source>
        <translation>Ihre Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/resultpage.cpp" line="62"/>
        <source>Incoming mail</source>
        <translation>Eingehende E-Mails</translation>
    </message>
    <message>
        <location filename="../ui/resultpage.cpp" line="69"/>
        <source>Sending, contacts and calendars</source>
        <translation>Senden, Kontakte und Kalender</translation>
    </message>
    <message>
        <location filename="../ui/resultpage.cpp" line="105"/>
        <source>%1, %2 (found by: %3)</source>
        <translation>%1, %2 (gefunden durch: %3)</translation>
    </message>
    <message>
        <location filename="../ui/resultpage.cpp" line="115"/>
        <source>Satchel found the settings of %1 at %2.</source>
        <translation>Satchel hat die Einstellungen von %1 bei %2 gefunden.</translation>
    </message>
    <message>
        <location filename="../ui/resultpage.cpp" line="117"/>
        <source>Satchel found these settings for %1.</source>
        <translation>Satchel hat diese Einstellungen für %1 gefunden.</translation>
    </message>
    <message>
        <location filename="../ui/resultpage.cpp" line="125"/>
        <source>&amp;IMAP</source>
        <translation>&amp;IMAP</translation>
    </message>
    <message>
        <location filename="../ui/resultpage.cpp" line="125"/>
        <source>&amp;IMAP (recommended)</source>
        <translation>&amp;IMAP (empfohlen)</translation>
    </message>
    <message>
        <location filename="../ui/resultpage.cpp" line="126"/>
        <source>&amp;POP (recommended)</source>
        <translation>&amp;POP (empfohlen)</translation>
    </message>
    <message>
        <location filename="../ui/resultpage.cpp" line="126"/>
        <source>&amp;POP</source>
        <translation>&amp;POP</translation>
    </message>
    <message>
        <location filename="../ui/resultpage.cpp" line="127"/>
        <source>Everything stays in sync on every device: messages, folders and read marks live on the server.</source>
        <translation>Alles bleibt auf jedem Gerät gleich: Nachrichten, Ordner und Gelesen-Markierungen liegen auf dem Server.</translation>
    </message>
    <message>
        <location filename="../ui/resultpage.cpp" line="129"/>
        <source>Downloads the Inbox to this computer only: other folders and what you change here stay on this computer.</source>
        <translation>Lädt nur den Posteingang auf diesen Computer: Andere Ordner fehlen, und was Sie hier ändern, bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../ui/resultpage.cpp" line="138"/>
        <source>Sending: %1</source>
        <translation>Senden: %1</translation>
    </message>
    <message>
        <location filename="../ui/resultpage.cpp" line="139"/>
        <source>Sending: no SMTP server was found. Choose Change settings to type one in.</source>
        <translation>Senden: Es wurde kein SMTP-Server gefunden. Wählen Sie „Einstellungen ändern“, um einen einzugeben.</translation>
    </message>
    <message>
        <location filename="../ui/resultpage.cpp" line="143"/>
        <source>Also set up &amp;contacts: %1</source>
        <translation>Auch &amp;Kontakte einrichten: %1</translation>
    </message>
    <message>
        <location filename="../ui/resultpage.cpp" line="144"/>
        <source>No contacts server was found.</source>
        <translation>Es wurde kein Kontakte-Server gefunden.</translation>
    </message>
    <message>
        <location filename="../ui/resultpage.cpp" line="147"/>
        <source>Also set up ca&amp;lendars: %1</source>
        <translation>Auch Ka&amp;lender einrichten: %1</translation>
    </message>
    <message>
        <location filename="../ui/resultpage.cpp" line="148"/>
        <source>No calendar server was found.</source>
        <translation>Es wurde kein Kalender-Server gefunden.</translation>
    </message>
    <message>
        <location filename="../ui/resultpage.cpp" line="179"/>
        <source>&amp;Send my password to %1. These servers are outside your address&apos;s domain and were found through an unprotected source.</source>
        <translation>Mein Passwort an %1 &amp;senden. Diese Server liegen außerhalb der Domain Ihrer Adresse und wurden über eine ungeschützte Quelle gefunden.</translation>
    </message>
</context>
<context>
    <name>Satchel::SecretJob</name>
    <message>
        <location filename="../core/accounts/secretjob.cpp" line="80"/>
        <source>The keychain holds no password for this account. Give it again with --password-stdin, or set the account up anew.</source>
        <translation>Der Schlüsselbund enthält kein Passwort für dieses Konto. Geben Sie es mit --password-stdin erneut an, oder richten Sie das Konto neu ein.</translation>
    </message>
    <message>
        <location filename="../core/accounts/secretjob.cpp" line="85"/>
        <source>The system keychain cannot be used (%1). Satchel keeps passwords only in the keychain, never in a file: start your desktop&apos;s keyring (GNOME Keyring, KWallet, or the Secret Service of your choice) and unlock it, then try again.</source>
        <translation>Der Schlüsselbund des Systems kann nicht verwendet werden (%1). Satchel bewahrt Passwörter nur im Schlüsselbund auf, nie in einer Datei: Starten Sie den Schlüsselbund Ihrer Arbeitsumgebung (GNOME Keyring, KWallet oder einen Secret Service Ihrer Wahl), entsperren Sie ihn und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>Satchel::SendCommand</name>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="25"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="116"/>
        <source>Give one of: a message file to send (&quot;-&quot;: standard input), --to with --subject and --body to write one, or --flush to send what waits in the outbox.</source>
        <translation>Geben Sie eines davon an: eine zu sendende Nachrichtendatei („-“: Standardeingabe), --to mit --subject und --body, um eine Nachricht zu schreiben, oder --flush, um zu senden, was im Postausgang wartet.</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="122"/>
        <source>Say whom to send to with --to.</source>
        <translation>Geben Sie mit --to an, an wen gesendet werden soll.</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="127"/>
        <source>The message and the password cannot both come from standard input; give the message as a file.</source>
        <translation>Die Nachricht und das Passwort können nicht beide von der Standardeingabe kommen; geben Sie die Nachricht als Datei an.</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="164"/>
        <source>&quot;%1&quot; was sent, but no copy was filed in Sent: %2</source>
        <translation>„%1“ wurde gesendet, aber keine Kopie in „Gesendet“ abgelegt: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/sendcommand.cpp" line="169"/>
        <source>%n message(s) refused earlier are held in the outbox.</source>
        <translation>
            <numerusform>%n zuvor abgelehnte Nachricht wird im Postausgang zurückgehalten.</numerusform>
            <numerusform>%n zuvor abgelehnte Nachrichten werden im Postausgang zurückgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="180"/>
        <source>Sent &quot;%1&quot; to %2.</source>
        <translation>„%1“ wurde an %2 gesendet.</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="184"/>
        <source>&quot;%1&quot; waits in the outbox.</source>
        <translation>„%1“ wartet im Postausgang.</translation>
    </message>
    <message>
        <location filename="../app/cli/sendcommand.cpp" line="187"/>
        <source>&quot;%1&quot; is held in the outbox.</source>
        <translation>„%1“ wird im Postausgang zurückgehalten.</translation>
    </message>
</context>
<context>
    <name>Satchel::SendJob</name>
    <message>
        <location filename="../core/service/sendjob.cpp" line="34"/>
        <source>%1 has no SMTP server to send with; add one to the account.</source>
        <translation>%1 hat keinen SMTP-Server zum Senden; fügen Sie dem Konto einen hinzu.</translation>
    </message>
</context>
<context>
    <name>Satchel::SentCopier</name>
    <message>
        <location filename="../core/service/sentcopier.cpp" line="74"/>
        <source>%1 has no Sent folder, so no copy of the message was filed. Create a folder named Sent, or say that the server files sent mail itself (--server-saves-sent).</source>
        <translation>%1 hat keinen Ordner für gesendete Nachrichten, daher wurde keine Kopie der Nachricht abgelegt. Legen Sie einen Ordner namens Sent an, oder geben Sie an, dass der Server gesendete Nachrichten selbst ablegt (--server-saves-sent).</translation>
    </message>
    <message>
        <location filename="../core/service/sentcopier.cpp" line="106"/>
        <source>The connection to %1 closed before the copy was filed.</source>
        <translation>Die Verbindung zu %1 wurde getrennt, bevor die Kopie abgelegt war.</translation>
    </message>
</context>
<context>
    <name>Satchel::ServiceEditor</name>
    <message>
        <location filename="../ui/serviceeditor.cpp" line="25"/>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protokoll:</translation>
    </message>
    <message>
        <location filename="../ui/serviceeditor.cpp" line="25"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../ui/serviceeditor.cpp" line="26"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../ui/serviceeditor.cpp" line="26"/>
        <source>Se&amp;curity:</source>
        <translation>Si&amp;cherheit:</translation>
    </message>
    <message>
        <location filename="../ui/serviceeditor.cpp" line="27"/>
        <source>&amp;Username:</source>
        <translation>Ben&amp;utzername:</translation>
    </message>
    <message>
        <location filename="../ui/serviceeditor.cpp" line="27"/>
        <source>&amp;Authentication:</source>
        <translation>&amp;Anmeldeverfahren:</translation>
    </message>
    <message>
        <location filename="../ui/serviceeditor.cpp" line="28"/>
        <source>POP fol&amp;der:</source>
        <translation>POP-Or&amp;dner:</translation>
    </message>
    <message>
        <location filename="../ui/serviceeditor.cpp" line="30"/>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <location filename="../ui/serviceeditor.cpp" line="31"/>
        <source>Po&amp;rt:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <location filename="../ui/serviceeditor.cpp" line="32"/>
        <source>Securit&amp;y:</source>
        <translation>Sic&amp;herheit:</translation>
    </message>
    <message>
        <location filename="../ui/serviceeditor.cpp" line="33"/>
        <source>Userna&amp;me:</source>
        <translation>Benutzerna&amp;me:</translation>
    </message>
    <message>
        <location filename="../ui/serviceeditor.cpp" line="34"/>
        <source>Au&amp;thentication:</source>
        <translation>Anmeldever&amp;fahren:</translation>
    </message>
    <message>
        <location filename="../ui/serviceeditor.cpp" line="71"/>
        <source>IMAP</source>
        <translation>IMAP</translation>
    </message>
    <message>
        <location filename="../ui/serviceeditor.cpp" line="72"/>
        <source>POP</source>
        <translation>POP</translation>
    </message>
    <message>
        <location filename="../ui/serviceeditor.cpp" line="79"/>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <location filename="../ui/serviceeditor.cpp" line="81"/>
        <source>Protocol:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <location filename="../ui/serviceeditor.cpp" line="84"/>
        <source>imap.example.com</source>
        <translation>imap.example.com</translation>
    </message>
    <message>
        <location filename="../ui/serviceeditor.cpp" line="85"/>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <location filename="../ui/serviceeditor.cpp" line="94"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../ui/serviceeditor.cpp" line="95"/>
        <source>PLAIN</source>
        <translation>PLAIN</translation>
    </message>
    <message>
        <location filename="../ui/serviceeditor.cpp" line="96"/>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <location filename="../ui/serviceeditor.cpp" line="106"/>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <location filename="../ui/serviceeditor.cpp" line="197"/>
        <source>Your provider offers POP for the Inbox only.</source>
        <translation>Ihr Anbieter bietet POP nur für den Posteingang an.</translation>
    </message>
    <message>
        <location filename="../ui/serviceeditor.cpp" line="198"/>
        <source>POP downloads the Inbox; name another folder to download that one instead.</source>
        <translation>POP lädt den Posteingang; nennen Sie einen anderen Ordner, um stattdessen diesen zu laden.</translation>
    </message>
    <message>
        <location filename="../ui/serviceeditor.cpp" line="216"/>
        <source>Type the server name of %1.</source>
        <translation>Geben Sie den Servernamen für %1 ein.</translation>
    </message>
    <message>
        <location filename="../ui/serviceeditor.cpp" line="218"/>
        <source>A server name has no spaces: check %1.</source>
        <translation>Ein Servername enthält keine Leerzeichen: Prüfen Sie %1.</translation>
    </message>
    <message>
        <location filename="../ui/serviceeditor.cpp" line="220"/>
        <source>Type the username of %1.</source>
        <translation>Geben Sie den Benutzernamen für %1 ein.</translation>
    </message>
</context>
<context>
    <name>Satchel::ServiceProbeJob</name>
    <message>
        <location filename="../core/discovery/serviceprobejob.cpp" line="64"/>
        <source>Satchel cannot check this kind of service yet.</source>
        <translation>Satchel kann diese Art von Dienst noch nicht prüfen.</translation>
    </message>
    <message>
        <location filename="../core/discovery/serviceprobejob.cpp" line="78"/>
        <source>The server answered; no credential was sent.</source>
        <translation>Der Server hat geantwortet; es wurden keine Zugangsdaten gesendet.</translation>
    </message>
</context>
<context>
    <name>Satchel::ServiceText</name>
    <message>
        <location filename="../ui/servicetext.cpp" line="9"/>
        <source>IMAP (incoming)</source>
        <translation>IMAP (Empfang)</translation>
    </message>
    <message>
        <location filename="../ui/servicetext.cpp" line="11"/>
        <source>POP (incoming)</source>
        <translation>POP (Empfang)</translation>
    </message>
    <message>
        <location filename="../ui/servicetext.cpp" line="13"/>
        <source>SMTP (sending)</source>
        <translation>SMTP (Versand)</translation>
    </message>
    <message>
        <location filename="../ui/servicetext.cpp" line="15"/>
        <source>CalDAV (calendars)</source>
        <translation>CalDAV (Kalender)</translation>
    </message>
    <message>
        <location filename="../ui/servicetext.cpp" line="17"/>
        <source>CardDAV (contacts)</source>
        <translation>CardDAV (Kontakte)</translation>
    </message>
    <message>
        <location filename="../ui/servicetext.cpp" line="19"/>
        <source>LDAP (directory)</source>
        <translation>LDAP (Verzeichnis)</translation>
    </message>
    <message>
        <location filename="../ui/servicetext.cpp" line="21"/>
        <source>WebDAV (files)</source>
        <translation>WebDAV (Dateien)</translation>
    </message>
    <message>
        <location filename="../ui/servicetext.cpp" line="23"/>
        <source>FTP (files)</source>
        <translation>FTP (Dateien)</translation>
    </message>
    <message>
        <location filename="../ui/servicetext.cpp" line="51"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../ui/servicetext.cpp" line="53"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../ui/servicetext.cpp" line="55"/>
        <source>None (unsafe)</source>
        <translation>Keine (unsicher)</translation>
    </message>
    <message>
        <location filename="../ui/servicetext.cpp" line="76"/>
        <source>Provider database</source>
        <translation>Anbieterdatenbank</translation>
    </message>
    <message>
        <location filename="../ui/servicetext.cpp" line="78"/>
        <source>Provider database (MX)</source>
        <translation>Anbieterdatenbank (MX)</translation>
    </message>
    <message>
        <location filename="../ui/servicetext.cpp" line="80"/>
        <source>Autoconfig file</source>
        <translation>Autoconfig-Datei</translation>
    </message>
    <message>
        <location filename="../ui/servicetext.cpp" line="82"/>
        <source>DNS SRV</source>
        <translation>DNS-SRV</translation>
    </message>
    <message>
        <location filename="../ui/servicetext.cpp" line="84"/>
        <source>Guess</source>
        <translation>Vermutung</translation>
    </message>
    <message>
        <location filename="../ui/servicetext.cpp" line="92"/>
        <source>Answered</source>
        <translation>Antwortet</translation>
    </message>
    <message>
        <location filename="../ui/servicetext.cpp" line="94"/>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location filename="../ui/servicetext.cpp" line="96"/>
        <source>Certificate problem</source>
        <translation>Zertifikatsproblem</translation>
    </message>
    <message>
        <location filename="../ui/servicetext.cpp" line="98"/>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/servicetext.cpp" line="99"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/servicetext.cpp" line="108"/>
        <source>Make an app password at %1</source>
        <translation>App-Passwort bei %1 erstellen</translation>
    </message>
</context>
<context>
    <name>Satchel::ServiceUrl</name>
    <message>
        <location filename="../core/accounts/serviceurl.cpp" line="33"/>
        <source>&quot;%1&quot; is not a server address; write it like imaps://imap.example.com:993.</source>
        <translation>„%1“ ist keine Serveradresse; schreiben Sie sie wie imaps://imap.example.com:993.</translation>
    </message>
    <message>
        <location filename="../core/accounts/serviceurl.cpp" line="46"/>
        <source>%1 needs an https:// address.</source>
        <translation>%1 braucht eine https://-Adresse.</translation>
    </message>
    <message>
        <location filename="../core/accounts/serviceurl.cpp" line="60"/>
        <source>%1 is not a %2 address.</source>
        <translation>%1 ist keine %2-Adresse.</translation>
    </message>
    <message>
        <location filename="../core/accounts/serviceurl.cpp" line="68"/>
        <source>Unknown scheme &quot;%1&quot; in %2; use imaps, imap, pop3s, pop3, smtps or smtp.</source>
        <translation>Unbekanntes Schema „%1“ in %2; verwenden Sie imaps, imap, pop3s, pop3, smtps oder smtp.</translation>
    </message>
</context>
<context>
    <name>Satchel::ServiceVerifyJob</name>
    <message>
        <location filename="../core/discovery/serviceverifyjob.cpp" line="21"/>
        <source>the domain&apos;s MX records (plain DNS)</source>
        <translation>die MX-Einträge der Domain (einfaches DNS)</translation>
    </message>
    <message>
        <location filename="../core/discovery/serviceverifyjob.cpp" line="24"/>
        <source>SRV records (plain DNS)</source>
        <translation>SRV-Einträge (einfaches DNS)</translation>
    </message>
    <message>
        <location filename="../core/discovery/serviceverifyjob.cpp" line="26"/>
        <source>guessing</source>
        <translation>Raten</translation>
    </message>
    <message>
        <location filename="../core/discovery/serviceverifyjob.cpp" line="71"/>
        <source>Satchel cannot log in to %1 yet; it was not checked.</source>
        <translation>Satchel kann sich noch nicht bei %1 anmelden; der Dienst wurde nicht geprüft.</translation>
    </message>
    <message>
        <location filename="../core/discovery/serviceverifyjob.cpp" line="79"/>
        <source>%1 was found through %2, which can be forged, and is outside %3: Satchel will not send your password there until you approve %4.</source>
        <translation>%1 wurde durch %2 gefunden, was gefälscht sein kann, und liegt außerhalb von %3: Satchel sendet Ihr Passwort erst dorthin, wenn Sie %4 freigeben.</translation>
    </message>
    <message>
        <location filename="../core/discovery/serviceverifyjob.cpp" line="114"/>
        <source>Verification</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <location filename="../core/discovery/serviceverifyjob.cpp" line="116"/>
        <source>%1, login as %2</source>
        <translation>%1, Anmeldung als %2</translation>
    </message>
    <message>
        <location filename="../core/discovery/serviceverifyjob.cpp" line="124"/>
        <source>Logged in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <location filename="../core/discovery/serviceverifyjob.cpp" line="193"/>
        <source>Firewall check</source>
        <translation>Firewall-Prüfung</translation>
    </message>
    <message>
        <location filename="../core/discovery/serviceverifyjob.cpp" line="221"/>
        <source>%1 did not answer, nor did the other addresses tried: %2.</source>
        <translation>%1 hat nicht geantwortet, ebenso wenig die anderen versuchten Adressen: %2.</translation>
    </message>
    <message>
        <location filename="../core/discovery/serviceverifyjob.cpp" line="229"/>
        <source>%1 did not answer (a firewall may block that port), so Satchel uses %2 instead.</source>
        <translation>%1 hat nicht geantwortet (vielleicht sperrt eine Firewall diesen Port), daher verwendet Satchel stattdessen %2.</translation>
    </message>
    <message>
        <location filename="../core/discovery/serviceverifyjob.cpp" line="242"/>
        <source>%1 refused the password for %2 (tried as %3). </source>
        <translation>%1 hat das Passwort für %2 abgelehnt (versucht als %3). </translation>
    </message>
    <message>
        <location filename="../core/discovery/serviceverifyjob.cpp" line="248"/>
        <source>%1 needs an app password here: your normal password or a two-step verification code will not work.</source>
        <translation>%1 verlangt hier ein App-Passwort: Ihr normales Passwort oder ein Code der Zwei-Schritt-Bestätigung funktioniert nicht.</translation>
    </message>
    <message>
        <location filename="../core/discovery/serviceverifyjob.cpp" line="252"/>
        <source>Once two-step verification is on, %1 needs an app password here: your normal password or a two-step verification code will not work.</source>
        <translation>Sobald die Zwei-Schritt-Bestätigung eingeschaltet ist, verlangt %1 hier ein App-Passwort: Ihr normales Passwort oder ein Code der Zwei-Schritt-Bestätigung funktioniert nicht.</translation>
    </message>
    <message>
        <location filename="../core/discovery/serviceverifyjob.cpp" line="256"/>
        <source>Most providers need an app password here: your normal password or a two-step verification code will not work.</source>
        <translation>Die meisten Anbieter verlangen hier ein App-Passwort: Ihr normales Passwort oder ein Code der Zwei-Schritt-Bestätigung funktioniert nicht.</translation>
    </message>
    <message>
        <location filename="../core/discovery/serviceverifyjob.cpp" line="260"/>
        <source>Create one in your provider&apos;s settings, then try again.</source>
        <translation>Erstellen Sie eines in den Einstellungen Ihres Anbieters und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/discovery/serviceverifyjob.cpp" line="261"/>
        <source>Make one at %1, then try again.</source>
        <translation>Erstellen Sie eines unter %1 und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/discovery/serviceverifyjob.cpp" line="263"/>
        <source>The server said: &quot;%1&quot;</source>
        <translation>Der Server antwortete: „%1“</translation>
    </message>
    <message>
        <location filename="../core/discovery/serviceverifyjob.cpp" line="270"/>
        <source>Logged in as %1: the server did not take %2 as the username.</source>
        <translation>Als %1 angemeldet: Der Server hat %2 nicht als Benutzernamen angenommen.</translation>
    </message>
</context>
<context>
    <name>Satchel::SettingsSheet</name>
    <message>
        <location filename="../core/export/settingssheet.cpp" line="37"/>
        <source>Server names and ports for %1</source>
        <translation>Servernamen und Ports für %1</translation>
    </message>
    <message>
        <location filename="../core/export/settingssheet.cpp" line="39"/>
        <source>Provider: %1</source>
        <translation>Anbieter: %1</translation>
    </message>
    <message>
        <location filename="../core/export/settingssheet.cpp" line="40"/>
        <source>These are the settings of %1 &lt;%2&gt; for setting up mail, contacts and calendars on another device.</source>
        <translation>Dies sind die Einstellungen von %1 &lt;%2&gt;, um Mail, Kontakte und Kalender auf einem anderen Gerät einzurichten.</translation>
    </message>
    <message>
        <location filename="../core/export/settingssheet.cpp" line="46"/>
        <source>You will need an app password to connect to these servers: your regular password or a two-step verification code will not work.</source>
        <translation>Für diese Server brauchen Sie ein App-Passwort: Ihr normales Passwort oder ein Code der Zwei-Schritt-Bestätigung funktioniert nicht.</translation>
    </message>
    <message>
        <location filename="../core/export/settingssheet.cpp" line="50"/>
        <source>Make an app password here: %1</source>
        <translation>Ein App-Passwort erstellen Sie hier: %1</translation>
    </message>
    <message>
        <location filename="../core/export/settingssheet.cpp" line="52"/>
        <source>The password is not on this sheet: type it on the other device. If your provider gave you an app password, use that one.</source>
        <translation>Das Passwort steht nicht auf diesem Blatt: Geben Sie es auf dem anderen Gerät ein. Wenn Ihr Anbieter Ihnen ein App-Passwort gegeben hat, verwenden Sie dieses.</translation>
    </message>
    <message>
        <location filename="../core/export/settingssheet.cpp" line="79"/>
        <location filename="../core/export/settingssheet.cpp" line="94"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../core/export/settingssheet.cpp" line="80"/>
        <location filename="../core/export/settingssheet.cpp" line="96"/>
        <source>SSL/TLS encryption</source>
        <translation>SSL/TLS-Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../core/export/settingssheet.cpp" line="80"/>
        <source>Yes (required)</source>
        <translation>Ja (erforderlich)</translation>
    </message>
    <message>
        <location filename="../core/export/settingssheet.cpp" line="85"/>
        <source>Enabled, but not STARTTLS</source>
        <translation>Eingeschaltet, aber nicht STARTTLS</translation>
    </message>
    <message>
        <location filename="../core/export/settingssheet.cpp" line="88"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../core/export/settingssheet.cpp" line="91"/>
        <source>None: not encrypted</source>
        <translation>Keine: unverschlüsselt</translation>
    </message>
    <message>
        <location filename="../core/export/settingssheet.cpp" line="95"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../core/export/settingssheet.cpp" line="98"/>
        <source>Username/Bind DN</source>
        <translation>Benutzername/Bind-DN</translation>
    </message>
    <message>
        <location filename="../core/export/settingssheet.cpp" line="98"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../core/export/settingssheet.cpp" line="101"/>
        <source>Authentication</source>
        <translation>Anmeldeverfahren</translation>
    </message>
    <message>
        <location filename="../core/export/settingssheet.cpp" line="104"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../core/export/settingssheet.cpp" line="105"/>
        <source>Your app password (not printed on this sheet)</source>
        <translation>Ihr App-Passwort (steht nicht auf diesem Blatt)</translation>
    </message>
    <message>
        <location filename="../core/export/settingssheet.cpp" line="106"/>
        <source>Your password (not printed on this sheet)</source>
        <translation>Ihr Passwort (steht nicht auf diesem Blatt)</translation>
    </message>
    <message>
        <location filename="../core/export/settingssheet.cpp" line="108"/>
        <source>Search base/Base DN</source>
        <translation>Suchbasis/Base-DN</translation>
    </message>
    <message>
        <location filename="../core/export/settingssheet.cpp" line="120"/>
        <source>Root folder/IMAP path prefix</source>
        <translation>Stammordner/IMAP-Pfadpräfix</translation>
    </message>
    <message>
        <location filename="../core/export/settingssheet.cpp" line="121"/>
        <source>(leave blank)</source>
        <translation>(leer lassen)</translation>
    </message>
    <message>
        <location filename="../core/export/settingssheet.cpp" line="124"/>
        <source>Folder separator</source>
        <translation>Ordnertrennzeichen</translation>
    </message>
    <message>
        <location filename="../core/export/settingssheet.cpp" line="129"/>
        <source>&lt;folder&gt;</source>
        <translation>&lt;Ordner&gt;</translation>
    </message>
    <message>
        <location filename="../core/export/settingssheet.cpp" line="130"/>
        <source>POP downloads the Inbox. To download another folder, log in as %1 instead.</source>
        <translation>POP lädt den Posteingang. Um einen anderen Ordner zu laden, melden Sie sich stattdessen als %1 an.</translation>
    </message>
    <message>
        <location filename="../core/export/settingssheet.cpp" line="138"/>
        <source>If your client supports STARTTLS only, you can use port %1 with STARTTLS.</source>
        <translation>Wenn Ihr Programm nur STARTTLS kann, verwenden Sie Port %1 mit STARTTLS.</translation>
    </message>
    <message>
        <location filename="../core/export/settingssheet.cpp" line="140"/>
        <source>You can also use port %1.</source>
        <translation>Sie können auch Port %1 verwenden.</translation>
    </message>
    <message>
        <location filename="../core/export/settingssheet.cpp" line="148"/>
        <source>Firewall access</source>
        <translation>Zugang durch eine Firewall</translation>
    </message>
    <message>
        <location filename="../core/export/settingssheet.cpp" line="169"/>
        <source>If a firewall blocks the usual ports, these servers answer on any port number, always with SSL/TLS.</source>
        <translation>Wenn eine Firewall die üblichen Ports sperrt, antworten diese Server auf jeder Portnummer, immer mit SSL/TLS.</translation>
    </message>
    <message>
        <location filename="../core/export/settingssheet.cpp" line="173"/>
        <source>Commonly open ports include %1.</source>
        <translation>Meist offen sind die Ports %1.</translation>
    </message>
    <message>
        <location filename="../core/export/settingssheet.cpp" line="182"/>
        <source>Alternative usernames</source>
        <translation>Andere Benutzernamen</translation>
    </message>
    <message>
        <location filename="../core/export/settingssheet.cpp" line="183"/>
        <source>If your software has difficulty with the @ in the username, any of these works too: %1.</source>
        <translation>Wenn Ihr Programm Schwierigkeiten mit dem @ im Benutzernamen hat, funktioniert auch jeder dieser: %1.</translation>
    </message>
</context>
<context>
    <name>Satchel::SetupReport</name>
    <message>
        <location filename="../core/discovery/setupreport.cpp" line="61"/>
        <source>Satchel setup report for %1</source>
        <translation>Satchel-Einrichtungsbericht für %1</translation>
    </message>
    <message>
        <location filename="../core/discovery/setupreport.cpp" line="62"/>
        <source>Made with Satchel %1 and Qt %2. Passwords are never part of it.</source>
        <translation>Erstellt mit Satchel %1 und Qt %2. Passwörter sind nie enthalten.</translation>
    </message>
    <message>
        <location filename="../core/discovery/setupreport.cpp" line="72"/>
        <source>started %1, took %2 ms: %3</source>
        <translation>gestartet %1, Dauer %2 ms: %3</translation>
    </message>
    <message>
        <location filename="../core/discovery/setupreport.cpp" line="75"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../core/discovery/setupreport.cpp" line="75"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/discovery/setupreport.cpp" line="79"/>
        <source>   capabilities: %1</source>
        <translation>   Fähigkeiten: %1</translation>
    </message>
</context>
<context>
    <name>Satchel::SetupVerifier</name>
    <message>
        <location filename="../core/discovery/setupverifier.cpp" line="73"/>
        <source>Not tried: %1 refused the password, and trying it on every server could lock the account.</source>
        <translation>Nicht versucht: %1 hat das Passwort abgelehnt, und es bei jedem Server zu versuchen, könnte das Konto sperren.</translation>
    </message>
    <message>
        <location filename="../core/discovery/setupverifier.cpp" line="93"/>
        <source>Verification of %1:</source>
        <translation>Überprüfung von %1:</translation>
    </message>
    <message>
        <location filename="../core/discovery/setupverifier.cpp" line="95"/>
        <source>  %1 %2 as %3: %4</source>
        <translation>  %1 %2 als %3: %4</translation>
    </message>
    <message>
        <location filename="../core/discovery/setupverifier.cpp" line="98"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
</context>
<context>
    <name>Satchel::SetupWizard</name>
    <message>
        <location filename="../ui/setupwizard.cpp" line="22"/>
        <source>Set Up an Account</source>
        <translation>Konto einrichten</translation>
    </message>
    <message>
        <location filename="../ui/setupwizard.cpp" line="102"/>
        <source>&amp;Copy a setup report</source>
        <translation>Einrichtungsbericht &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/setupwizard.cpp" line="106"/>
        <source>What Satchel tried, for your provider&apos;s support. It holds no password.</source>
        <translation>Was Satchel versucht hat, für den Support Ihres Anbieters. Er enthält kein Passwort.</translation>
    </message>
    <message>
        <location filename="../ui/setupwizard.cpp" line="110"/>
        <source>Setup report copied</source>
        <translation>Einrichtungsbericht kopiert</translation>
    </message>
</context>
<context>
    <name>Satchel::SmtpEnvelope</name>
    <message>
        <location filename="../core/smtp/smtpenvelope.cpp" line="27"/>
        <source>&quot;%1&quot; is not an email address Satchel can send to.</source>
        <translation>„%1“ ist keine E-Mail-Adresse, an die Satchel senden kann.</translation>
    </message>
    <message>
        <location filename="../core/smtp/smtpenvelope.cpp" line="51"/>
        <source>The message has no recipient: give at least one To, Cc or Bcc address.</source>
        <translation>Die Nachricht hat keinen Empfänger: Geben Sie mindestens eine Adresse bei An, Kopie (Cc) oder Blindkopie (Bcc) an.</translation>
    </message>
</context>
<context>
    <name>Satchel::SmtpErrors</name>
    <message>
        <location filename="../core/smtp/smtperrors.cpp" line="22"/>
        <source>%1 could not take %2 right now (%3). The message stays in the outbox and is sent again later.</source>
        <translation>%1 konnte %2 gerade nicht annehmen (%3). Die Nachricht bleibt im Postausgang und wird später erneut gesendet.</translation>
    </message>
    <message>
        <location filename="../core/smtp/smtperrors.cpp" line="27"/>
        <source>%1 refused %2: %3</source>
        <translation>%1 hat %2 abgelehnt: %3</translation>
    </message>
    <message>
        <location filename="../core/smtp/smtperrors.cpp" line="36"/>
        <source>%1 could not take any recipient right now: %2. The message stays in the outbox and is sent again later.</source>
        <translation>%1 konnte gerade keinen Empfänger annehmen: %2. Die Nachricht bleibt im Postausgang und wird später erneut gesendet.</translation>
    </message>
    <message>
        <location filename="../core/smtp/smtperrors.cpp" line="42"/>
        <source>%1 refused every recipient, so the message was not sent: %2. Check the addresses.</source>
        <translation>%1 hat alle Empfänger abgelehnt, daher wurde die Nachricht nicht gesendet: %2. Prüfen Sie die Adressen.</translation>
    </message>
    <message>
        <location filename="../core/smtp/smtperrors.cpp" line="47"/>
        <source>The message was sent to the other recipients, but %1 refused %2. Check those addresses.</source>
        <translation>Die Nachricht wurde an die übrigen Empfänger gesendet, aber %1 hat %2 abgelehnt. Prüfen Sie diese Adressen.</translation>
    </message>
    <message>
        <location filename="../core/smtp/smtperrors.cpp" line="56"/>
        <source>The message is %1, but %2 accepts at most %3. Make the attachments smaller or share them by a link.</source>
        <translation>Die Nachricht ist %1 groß, aber %2 nimmt höchstens %3 an. Verkleinern Sie die Anhänge oder teilen Sie sie über einen Link.</translation>
    </message>
    <message>
        <location filename="../core/smtp/smtperrors.cpp" line="64"/>
        <source>The message contains 8-bit data, which %1 does not accept (no 8BITMIME). Save it with quoted-printable or base64 encoding and send it again.</source>
        <translation>Die Nachricht enthält 8-Bit-Daten, die %1 nicht annimmt (kein 8BITMIME). Speichern Sie sie mit Quoted-Printable- oder Base64-Kodierung und senden Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../core/smtp/smtperrors.cpp" line="72"/>
        <source>An address has non-ASCII characters, which %1 cannot deliver (no SMTPUTF8). Use an ASCII address for that recipient.</source>
        <translation>Eine Adresse enthält Nicht-ASCII-Zeichen, die %1 nicht zustellen kann (kein SMTPUTF8). Verwenden Sie für diesen Empfänger eine ASCII-Adresse.</translation>
    </message>
    <message>
        <location filename="../core/smtp/smtperrors.cpp" line="82"/>
        <source>%1 closed the connection (%2). Try again later.</source>
        <translation>%1 hat die Verbindung getrennt (%2). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/smtp/smtperrors.cpp" line="93"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>Satchel::SmtpReplyParser</name>
    <message>
        <location filename="../core/smtp/smtpreply.cpp" line="63"/>
        <source>The server sent &quot;%1&quot;, which is not an SMTP reply.</source>
        <translation>Der Server hat „%1“ gesendet; das ist keine SMTP-Antwort.</translation>
    </message>
    <message>
        <location filename="../core/smtp/smtpreply.cpp" line="72"/>
        <source>The server changed the reply code in the middle of a multi-line reply.</source>
        <translation>Der Server hat den Antwortcode mitten in einer mehrzeiligen Antwort geändert.</translation>
    </message>
    <message>
        <location filename="../core/smtp/smtpreply.cpp" line="79"/>
        <source>The server sent a reply of more than %1 lines.</source>
        <translation>Der Server hat eine Antwort mit mehr als %1 Zeilen gesendet.</translation>
    </message>
</context>
<context>
    <name>Satchel::SmtpSendJob</name>
    <message>
        <location filename="../core/smtp/smtpsendjob.cpp" line="43"/>
        <source>The connection to the mail server is closed; try again.</source>
        <translation>Die Verbindung zum Mail-Server ist getrennt; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/smtp/smtpsendjob.cpp" line="127"/>
        <location filename="../core/smtp/smtpsendjob.cpp" line="183"/>
        <source>the message</source>
        <translation>die Nachricht</translation>
    </message>
    <message>
        <location filename="../core/smtp/smtpsendjob.cpp" line="138"/>
        <source>the sender address %1</source>
        <translation>die Absenderadresse %1</translation>
    </message>
</context>
<context>
    <name>Satchel::SmtpSession</name>
    <message>
        <location filename="../core/smtp/smtpsession.cpp" line="188"/>
        <source>%1 offers no login method Satchel can use (neither AUTH PLAIN nor AUTH LOGIN). Check that this is your provider&apos;s submission port (465 or 587).</source>
        <translation>%1 bietet kein Anmeldeverfahren an, das Satchel verwenden kann (weder AUTH PLAIN noch AUTH LOGIN). Prüfen Sie, ob dies der Port Ihres Anbieters für den Mail-Versand ist (465 oder 587).</translation>
    </message>
    <message>
        <location filename="../core/smtp/smtpsession.cpp" line="214"/>
        <source>the login</source>
        <translation>die Anmeldung</translation>
    </message>
    <message>
        <location filename="../core/smtp/smtpsession.cpp" line="274"/>
        <source>The connection to %1 was closed before the message was sent.</source>
        <translation>Die Verbindung zu %1 wurde getrennt, bevor die Nachricht gesendet war.</translation>
    </message>
</context>
<context>
    <name>Satchel::SrvDiscovery</name>
    <message>
        <location filename="../core/discovery/srvdiscovery.cpp" line="43"/>
        <source>SRV records</source>
        <translation>SRV-Einträge</translation>
    </message>
    <message>
        <location filename="../core/discovery/srvdiscovery.cpp" line="133"/>
        <source>not offered: %1</source>
        <translation>nicht angeboten: %1</translation>
    </message>
    <message>
        <location filename="../core/discovery/srvdiscovery.cpp" line="138"/>
        <source>The SRV records of %1 could not be looked up.</source>
        <translation>Die SRV-Einträge von %1 konnten nicht abgefragt werden.</translation>
    </message>
    <message>
        <location filename="../core/discovery/srvdiscovery.cpp" line="142"/>
        <source>%1 publishes no SRV records for mail, calendars or contacts.</source>
        <translation>%1 veröffentlicht keine SRV-Einträge für E-Mail, Kalender oder Kontakte.</translation>
    </message>
</context>
<context>
    <name>Satchel::TlsPolicy</name>
    <message>
        <location filename="../core/net/tlspolicy.cpp" line="14"/>
        <source>Cannot read the CA file %1: %2.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../core/net/tlspolicy.cpp" line="22"/>
        <source>The CA file %1 holds no PEM certificate; give a file with &quot;-----BEGIN CERTIFICATE-----&quot; blocks.</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat; geben Sie eine Datei mit Blöcken „-----BEGIN CERTIFICATE-----“ an.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="30"/>
        <source>Satchel mail client</source>
        <translation>E-Mail-Programm Satchel</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="35"/>
        <source>Settings, cache and local mail live in &lt;dir&gt;.</source>
        <translation>Einstellungen, Zwischenspeicher und lokale Nachrichten liegen in &lt;dir&gt;.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="43"/>
        <source>Satchel</source>
        <translation>Satchel</translation>
    </message>
</context>
</TS>
