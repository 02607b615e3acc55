<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>glance::CommandLine</name>
    <message>
        <source>Opens Glance sessions and account pages. With no arguments, starts the tray app, or shows its dialog when it is running already.</source>
        <translation>Öffnet Glance-Sitzungen und Kontoseiten. Ohne Argumente wird die App im Infobereich gestartet oder, wenn sie bereits läuft, ihr Dialog angezeigt.</translation>
    </message>
    <message>
        <source>Join the session with this session key, or the key of this Glance viewer link.</source>
        <translation>Tritt der Sitzung mit diesem Sitzungsschlüssel oder mit dem Schlüssel aus diesem Glance-Viewer-Link bei.</translation>
    </message>
    <message>
        <source>Join the session with this session key or link.</source>
        <translation>Tritt der Sitzung mit diesem Sitzungsschlüssel oder Link bei.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Open the join page, which asks for the session key.</source>
        <translation>Öffnet die Beitrittsseite, die nach dem Sitzungsschlüssel fragt.</translation>
    </message>
    <message>
        <source>Open the account summary (needs an account selector).</source>
        <translation>Öffnet die Kontoübersicht (erfordert eine Kontoauswahl).</translation>
    </message>
    <message>
        <source>Open the login key page (needs an account selector).</source>
        <translation>Öffnet die Seite mit dem Anmeldeschlüssel (erfordert eine Kontoauswahl).</translation>
    </message>
    <message>
        <source>Open the SSO troubleshooting page (needs an account selector).</source>
        <translation>Öffnet die Seite zur SSO-Fehlerbehebung (erfordert eine Kontoauswahl).</translation>
    </message>
    <message>
        <source>Show the session-key dialog.</source>
        <translation>Zeigt den Sitzungsschlüssel-Dialog an.</translation>
    </message>
    <message>
        <source>Show the settings.</source>
        <translation>Zeigt die Einstellungen an.</translation>
    </message>
    <message>
        <source>Quit the running app.</source>
        <translation>Beendet die laufende App.</translation>
    </message>
    <message>
        <source>Write the link to standard output instead of opening it.</source>
        <translation>Schreibt den Link in die Standardausgabe, statt ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Your name, for this call only.</source>
        <translation>Ihr Name, nur für diesen Aufruf.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Your email address, for this call only.</source>
        <translation>Ihre E-Mail-Adresse, nur für diesen Aufruf.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Your phone number, for this call only.</source>
        <translation>Ihre Telefonnummer, nur für diesen Aufruf.</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>The account&apos;s Group ID, for this call only.</source>
        <translation>Die Gruppen-ID des Kontos, nur für diesen Aufruf.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The account&apos;s group name, for this call only.</source>
        <translation>Der Gruppenname des Kontos, nur für diesen Aufruf.</translation>
    </message>
    <message>
        <source>The account&apos;s token, for this call only.</source>
        <translation>Das Konto-Token, nur für diesen Aufruf.</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>A Glance address in the account, for this call only.</source>
        <translation>Eine Glance-Adresse im Konto, nur für diesen Aufruf.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Open the viewer in the join page&apos;s window, for this call only.</source>
        <translation>Öffnet den Viewer im Fenster der Beitrittsseite, nur für diesen Aufruf.</translation>
    </message>
    <message>
        <source>The join page&apos;s prompt, for this call only: universaljoin, chatinvitation or smsinvitation.</source>
        <translation>Die Aufforderung der Beitrittsseite, nur für diesen Aufruf: universaljoin, chatinvitation oder smsinvitation.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>The Glance server, for this call only.</source>
        <translation>Der Glance-Server, nur für diesen Aufruf.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>the session key %1</source>
        <translation>Sitzungsschlüssel %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <source>key-or-link</source>
        <translation>schluessel-oder-link</translation>
    </message>
    <message>
        <source>[KEY-OR-LINK]</source>
        <translation>[SCHLÜSSEL-ODER-LINK]</translation>
    </message>
</context>
<context>
    <name>glance::DesktopEntry</name>
    <message>
        <source>The desktop entry has no program to run.</source>
        <translation>Der Desktop-Eintrag gibt kein auszuführendes Programm an.</translation>
    </message>
    <message>
        <source>A desktop entry cannot pass a line break, a tab or another control character to a program.</source>
        <translation>Ein Desktop-Eintrag kann keinen Zeilenumbruch, keinen Tabulator und kein anderes Steuerzeichen an ein Programm übergeben.</translation>
    </message>
    <message>
        <source>A desktop entry cannot run a program whose path holds &apos;=&apos;: %1</source>
        <translation>Ein Desktop-Eintrag kann kein Programm ausführen, dessen Pfad &apos;=&apos; enthält: %1</translation>
    </message>
    <message>
        <source>The desktop entry has no name.</source>
        <translation>Der Desktop-Eintrag hat keinen Namen.</translation>
    </message>
    <message>
        <source>The %1 of the desktop entry holds a control character, which the file cannot hold.</source>
        <translation>Der Wert von %1 im Desktop-Eintrag enthält ein Steuerzeichen, das in der Datei nicht gespeichert werden kann.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid desktop entry key: only the letters A-Z and a-z, digits and &apos;-&apos; are allowed.</source>
        <translation>&apos;%1&apos; ist kein gültiger Schlüssel für einen Desktop-Eintrag: Nur die Buchstaben A-Z und a-z, Ziffern und &apos;-&apos; sind erlaubt.</translation>
    </message>
    <message>
        <source>The desktop entry has the key %1 twice.</source>
        <translation>Der Desktop-Eintrag enthält den Schlüssel %1 zweimal.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not set the permissions of %1: %2</source>
        <translation>Die Berechtigungen von %1 konnten nicht gesetzt werden: %2</translation>
    </message>
</context>
<context>
    <name>glance::Front</name>
    <message>
        <source>could not write the link to standard output</source>
        <translation>Der Link konnte nicht in die Standardausgabe geschrieben werden</translation>
    </message>
    <message>
        <source>the running glance-launcher (pid %1)</source>
        <translation>Der laufende glance-launcher (PID %1)</translation>
    </message>
    <message>
        <source>the running glance-launcher</source>
        <translation>Der laufende glance-launcher</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2): nothing was opened</source>
        <translation>%1 hat nicht rechtzeitig geantwortet (%2): Es wurde nichts geöffnet</translation>
    </message>
    <message>
        <source>the socket %1 belongs to another user</source>
        <translation>Der Socket %1 gehört einem anderen Benutzer</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>%1 kann nicht gesperrt werden</translation>
    </message>
    <message>
        <source>%1 does not answer: nothing was opened</source>
        <translation>%1 antwortet nicht: Es wurde nichts geöffnet</translation>
    </message>
    <message>
        <source>could not open the link %1</source>
        <translation>Der Link %1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>no display to open a window or link on (use --print to get the link)</source>
        <translation>Keine Anzeige, auf der ein Fenster oder Link geöffnet werden kann (mit --print erhalten Sie den Link)</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>Auf %1 kann nicht gelauscht werden: %2</translation>
    </message>
</context>
<context>
    <name>glance::InstanceLocation</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>cannot use %1: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder of this user</source>
        <translation>%1 ist kein Ordner dieses Benutzers</translation>
    </message>
    <message>
        <source>%1 can be entered by other users</source>
        <translation>%1 ist für andere Benutzer zugänglich</translation>
    </message>
    <message>
        <source>the socket path %1 is too long</source>
        <translation>der Socket-Pfad %1 ist zu lang</translation>
    </message>
</context>
<context>
    <name>glance::LauncherApp</name>
    <message>
        <source>Glance Launcher</source>
        <translation>Glance Launcher</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Your settings could not be read: %1.

The file was kept as %2, and Glance Launcher now uses the default settings and your administrator&apos;s. Please check your settings.</source>
        <extracomment>Shown once, when the app finds the user&apos;s settings file broken.</extracomment>
        <translation>Ihre Einstellungen konnten nicht gelesen werden: %1.

Die Datei wurde als %2 aufbewahrt, und Glance Launcher verwendet jetzt die Standardeinstellungen und die Ihres Administrators. Bitte prüfen Sie Ihre Einstellungen.</translation>
    </message>
    <message>
        <source>Your administrator&apos;s settings could not be read: %1.

Your own settings are used.</source>
        <translation>Die Einstellungen Ihres Administrators konnten nicht gelesen werden: %1.

Es werden Ihre eigenen Einstellungen verwendet.</translation>
    </message>
</context>
<context>
    <name>glance::LinkContext</name>
    <message>
        <source>given with %1</source>
        <translation>angegeben mit %1</translation>
    </message>
    <message>
        <source>%1 in the settings</source>
        <translation>%1 in den Einstellungen</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>Where a refused value came from: a settings key and the file that holds it.</extracomment>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
</context>
<context>
    <name>glance::OpenFailedDialog</name>
    <message>
        <source>Could not open the link</source>
        <translation>Link konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No browser could be started for this link. Copy it and paste it into your browser:</source>
        <translation>Für diesen Link konnte kein Browser gestartet werden. Kopieren Sie ihn und fügen Sie ihn in Ihren Browser ein:</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>No browser could be started for this link (%1). Copy it and paste it into your browser:</source>
        <translation>Für diesen Link konnte kein Browser gestartet werden (%1). Kopieren Sie ihn und fügen Sie ihn in Ihren Browser ein:</translation>
    </message>
</context>
<context>
    <name>glance::Problem</name>
    <message>
        <source>digits only, such as 12345</source>
        <translation>nur Ziffern, etwa 12345</translation>
    </message>
    <message>
        <source>at most %1 digits</source>
        <translation>höchstens %1 Ziffern</translation>
    </message>
    <message>
        <source>a DNS-style name such as agnes.acme.glance.net: letters, digits and &apos;-&apos; in parts joined by dots</source>
        <translation>ein Name im DNS-Stil wie agnes.acme.glance.net: Buchstaben, Ziffern und &apos;-&apos; in Teilen, die durch Punkte verbunden sind</translation>
    </message>
    <message>
        <source>control characters, invisible characters and line breaks are not allowed</source>
        <translation>Steuerzeichen, unsichtbare Zeichen und Zeilenumbrüche sind nicht erlaubt</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>spaces are not allowed</source>
        <translation>Leerzeichen sind nicht erlaubt</translation>
    </message>
    <message>
        <source>needs one @ with text on both sides</source>
        <translation>muss genau ein @ mit Text auf beiden Seiten enthalten</translation>
    </message>
    <message>
        <source>only digits, spaces and + ( ) - . / are allowed</source>
        <translation>Nur Ziffern, Leerzeichen und + ( ) - . / sind erlaubt</translation>
    </message>
    <message>
        <source>one of universaljoin, chatinvitation or smsinvitation</source>
        <translation>einer der Werte universaljoin, chatinvitation oder smsinvitation</translation>
    </message>
    <message>
        <source>the pasted link is not a Glance viewer or join link</source>
        <translation>Der eingefügte Link ist weder ein Glance-Viewer-Link noch ein Beitrittslink</translation>
    </message>
    <message>
        <source>the pasted link holds no session key</source>
        <translation>Der eingefügte Link enthält keinen Sitzungsschlüssel</translation>
    </message>
    <message>
        <source>the pasted text holds more than one session key</source>
        <translation>Der eingefügte Text enthält mehr als einen Sitzungsschlüssel</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A refused value: the field&apos;s name, then the rule it broke.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A refused value&apos;s message, then where the value came from.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Session key</source>
        <translation>Sitzungsschlüssel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Account selector</source>
        <translation>Kontoauswahl</translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation>Gruppen-ID</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Gruppenname</translation>
    </message>
    <message>
        <source>Account token</source>
        <translation>Konto-Token</translation>
    </message>
    <message>
        <source>Glance address</source>
        <translation>Glance-Adresse</translation>
    </message>
    <message>
        <source>Join page mode</source>
        <translation>Modus der Beitrittsseite</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Kommandozeile</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>must start with https:// (http:// only for this computer: localhost, 127.0.0.1 or [::1])</source>
        <translation>muss mit https:// beginnen (http:// nur für diesen Computer: localhost, 127.0.0.1 oder [::1])</translation>
    </message>
    <message>
        <source>needs a host name such as www.glance.net</source>
        <translation>muss einen Hostnamen wie www.glance.net enthalten</translation>
    </message>
    <message>
        <source>spaces and control characters are not allowed</source>
        <translation>Leerzeichen und Steuerzeichen sind nicht erlaubt</translation>
    </message>
    <message>
        <source>only the scheme, host and port: no path, query or fragment</source>
        <translation>nur Schema, Host und Port: kein Pfad, keine Abfrage und kein Fragment</translation>
    </message>
    <message>
        <source>no user name or password</source>
        <translation>kein Benutzername und kein Passwort</translation>
    </message>
    <message>
        <source>the port must be 1 to 65535</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <source>enter the session key the customer gave you</source>
        <translation>Geben Sie den Sitzungsschlüssel ein, den Sie vom Kunden erhalten haben</translation>
    </message>
    <message>
        <source>at most %1 characters (this one has %2)</source>
        <translation>höchstens %1 Zeichen (dieser hat %2)</translation>
    </message>
    <message>
        <source>only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; are allowed, not &apos;%1&apos;</source>
        <translation>Nur Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos; sind erlaubt, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the account pages need a Group ID, group name, account token or Glance address</source>
        <translation>Die Kontoseiten benötigen eine Gruppen-ID, einen Gruppennamen, ein Konto-Token oder eine Glance-Adresse</translation>
    </message>
    <message>
        <source>not a link to a Glance join page, viewer or account page</source>
        <translation>kein Link zu einer Glance-Beitrittsseite, einem Viewer oder einer Kontoseite</translation>
    </message>
    <message>
        <source>the link has &apos;%1&apos; more than once</source>
        <translation>Der Link enthält &apos;%1&apos; mehr als einmal</translation>
    </message>
    <message>
        <source>a link holds at most one account selector</source>
        <translation>Ein Link enthält höchstens eine Kontoauswahl</translation>
    </message>
    <message>
        <source>viewersamewindow must be 1 or 0</source>
        <translation>viewersamewindow muss 1 oder 0 sein</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>--%1 is given %2 times</source>
        <translation>--%1 wurde %2-mal angegeben</translation>
    </message>
    <message>
        <source>--%1 is missing its value (it took %2)</source>
        <translation>Bei --%1 fehlt der Wert (%2 wurde als Wert gelesen)</translation>
    </message>
    <message>
        <source>give one session key or link, not %1 (put quotes around a key with spaces)</source>
        <translation>Geben Sie einen Sitzungsschlüssel oder Link an, nicht %1 (setzen Sie einen Schlüssel mit Leerzeichen in Anführungszeichen)</translation>
    </message>
    <message>
        <source>choose one of %1</source>
        <translation>Geben Sie nur eine der folgenden Angaben an: %1</translation>
    </message>
    <message>
        <source>give at most one of --idpid, --idpname, --idptoken and --idpusername</source>
        <translation>Geben Sie höchstens eine der Optionen --idpid, --idpname, --idptoken und --idpusername an</translation>
    </message>
    <message>
        <source>--print needs a link to print: a session key, --join, --agent-join, --account-summary, --login-key or --sso-test</source>
        <translation>--print braucht einen Link zum Ausgeben: einen Sitzungsschlüssel, --join, --agent-join, --account-summary, --login-key oder --sso-test</translation>
    </message>
    <message>
        <source>argument %1 is not UTF-8 text</source>
        <translation>Argument %1 ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 muss true oder false sein</translation>
    </message>
    <message>
        <source>%1 is not valid text: write it as UTF-8 text, in double quotes if it holds a comma or a semicolon</source>
        <translation>%1 ist kein gültiger Text: Schreiben Sie den Wert als UTF-8-Text, in doppelten Anführungszeichen, wenn er ein Komma oder ein Semikolon enthält</translation>
    </message>
    <message>
        <source>one of none, idpid, idpname, idptoken or idpusername</source>
        <translation>einer der Werte none, idpid, idpname, idptoken oder idpusername</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2 is set by your administrator</source>
        <translation>%1 kann nicht verwendet werden: %2 ist von Ihrem Administrator festgelegt</translation>
    </message>
    <message>
        <source>the account selector must be idpid, idpname, idptoken or idpusername</source>
        <translation>Die Kontoauswahl muss idpid, idpname, idptoken oder idpusername sein</translation>
    </message>
    <message>
        <source>%1 only applies to a link: add a session key, --join, --agent-join, --account-summary, --login-key or --sso-test</source>
        <translation>%1 gilt nur für einen Link: Geben Sie zusätzlich einen Sitzungsschlüssel, --join, --agent-join, --account-summary, --login-key oder --sso-test an</translation>
    </message>
    <message>
        <source>enter a value, or choose no account selector</source>
        <translation>geben Sie einen Wert ein, oder wählen Sie keine Kontoauswahl</translation>
    </message>
</context>
<context>
    <name>glance::RecentSessions</name>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>Could not write the recent sessions to %1.</source>
        <translation>Die letzten Sitzungen konnten nicht in %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>glance::SessionDialog</name>
    <message>
        <source>Join a Glance session</source>
        <translation>Einer Glance-Sitzung beitreten</translation>
    </message>
    <message>
        <source>Paste the session key or the viewer link</source>
        <translation>Sitzungsschlüssel oder Viewer-Link einfügen</translation>
    </message>
    <message>
        <source>Session key</source>
        <translation>Sitzungsschlüssel</translation>
    </message>
    <message>
        <source>Session &amp;key:</source>
        <translation>&amp;Sitzungsschlüssel:</translation>
    </message>
    <message>
        <source>Session key status</source>
        <translation>Status des Sitzungsschlüssels</translation>
    </message>
    <message>
        <source>Identity the link carries</source>
        <translation>Identität, die der Link übermittelt</translation>
    </message>
    <message>
        <source>Account the link carries</source>
        <translation>Konto, das der Link übermittelt</translation>
    </message>
    <message>
        <source>Joins as:</source>
        <translation>Beitritt als:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Account &amp;summary</source>
        <translation>&amp;Kontoübersicht</translation>
    </message>
    <message>
        <source>Account summary</source>
        <translation>Kontoübersicht</translation>
    </message>
    <message>
        <source>&amp;Login key</source>
        <translation>&amp;Anmeldeschlüssel</translation>
    </message>
    <message>
        <source>Login key</source>
        <translation>Anmeldeschlüssel</translation>
    </message>
    <message>
        <source>SSO &amp;troubleshooting</source>
        <translation>SSO-&amp;Fehlerbehebung</translation>
    </message>
    <message>
        <source>SSO troubleshooting</source>
        <translation>SSO-Fehlerbehebung</translation>
    </message>
    <message>
        <source>Account pages status</source>
        <translation>Status der Kontoseiten</translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation>Status der Einstellungen</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Join &amp;page</source>
        <translation>Bei&amp;trittsseite</translation>
    </message>
    <message>
        <source>Open join page</source>
        <translation>Beitrittsseite öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Bee&amp;nden</translation>
    </message>
    <message>
        <source>Quit Glance Launcher</source>
        <translation>Glance Launcher beenden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Beitreten</translation>
    </message>
    <message>
        <source>Join session</source>
        <translation>Sitzung beitreten</translation>
    </message>
    <message>
        <source>A setting needs fixing: %1</source>
        <translation>Eine Einstellung muss korrigiert werden: %1</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> auf %1</translation>
    </message>
    <message>
        <source>Fix the settings first: %1</source>
        <translation>Korrigieren Sie zuerst die Einstellungen: %1</translation>
    </message>
    <message>
        <source>Enter the session key the customer gave you.</source>
        <translation>Geben Sie den Sitzungsschlüssel ein, den Sie vom Kunden erhalten haben.</translation>
    </message>
    <message>
        <source>Joins session %1</source>
        <translation>Tritt der Sitzung %1 bei</translation>
    </message>
    <message>
        <source>The account pages need your company&apos;s account: set a Group ID, group name, account token or Glance address in Settings.</source>
        <translation>Die Kontoseiten benötigen das Konto Ihres Unternehmens: Legen Sie in den Einstellungen eine Gruppen-ID, einen Gruppennamen, ein Konto-Token oder eine Glance-Adresse fest.</translation>
    </message>
</context>
<context>
    <name>glance::SettingsDialog</name>
    <message>
        <source>%1 (not valid)</source>
        <translation>%1 (ungültig)</translation>
    </message>
    <message>
        <source>Glance Launcher settings</source>
        <translation>Einstellungen für Glance Launcher</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Shown to the customer</source>
        <translation>Wird dem Kunden angezeigt</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>user@example.com</source>
        <translation>user@example.com</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>(111)222-3333</source>
        <translation>(111)222-3333</translation>
    </message>
    <message>
        <source>Identity the customer sees</source>
        <translation>Identität, die der Kunde sieht</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Account selector</source>
        <translation>Kontoauswahl</translation>
    </message>
    <message>
        <source>Account selector value</source>
        <translation>Wert der Kontoauswahl</translation>
    </message>
    <message>
        <source>Account (SAML single sign-on)</source>
        <translation>Konto (Single Sign-On mit SAML)</translation>
    </message>
    <message>
        <source>&amp;Account selector:</source>
        <translation>&amp;Kontoauswahl:</translation>
    </message>
    <message>
        <source>Open the viewer in the join page&apos;s &amp;window</source>
        <translation>Viewer im &amp;Fenster der Beitrittsseite öffnen</translation>
    </message>
    <message>
        <source>Open the viewer in the same window</source>
        <translation>Viewer im selben Fenster öffnen</translation>
    </message>
    <message>
        <source>Join page prompt</source>
        <translation>Aufforderung der Beitrittsseite</translation>
    </message>
    <message>
        <source>Glance&apos;s default</source>
        <translation>Glance-Standard</translation>
    </message>
    <message>
        <source>Universal join</source>
        <translation>Universeller Beitritt</translation>
    </message>
    <message>
        <source>Chat invitation</source>
        <translation>Chat-Einladung</translation>
    </message>
    <message>
        <source>SMS invitation</source>
        <translation>SMS-Einladung</translation>
    </message>
    <message>
        <source>Join page</source>
        <translation>Beitrittsseite</translation>
    </message>
    <message>
        <source>P&amp;rompt:</source>
        <translation>Auffo&amp;rderung:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>&amp;Keep a list of the last sessions joined</source>
        <translation>&amp;Liste der zuletzt beigetretenen Sitzungen führen</translation>
    </message>
    <message>
        <source>Keep a list of recent sessions</source>
        <translation>Liste der letzten Sitzungen führen</translation>
    </message>
    <message>
        <source>&amp;Start Glance Launcher when I log in</source>
        <translation>&amp;Glance Launcher bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Create &amp;desktop shortcut…</source>
        <translation>&amp;Desktopverknüpfung erstellen…</translation>
    </message>
    <message>
        <source>Create desktop shortcut</source>
        <translation>Desktopverknüpfung erstellen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Set by your administrator.</source>
        <translation>Von Ihrem Administrator festgelegt.</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Von Ihrem Administrator festgelegt</translation>
    </message>
    <message>
        <source>12345</source>
        <translation>12345</translation>
    </message>
    <message>
        <source>agnes.acme.glance.net</source>
        <translation>agnes.acme.glance.net</translation>
    </message>
    <message>
        <source>The settings are saved, but: %1</source>
        <translation>Die Einstellungen wurden gespeichert, aber: %1</translation>
    </message>
    <message>
        <source>Va&amp;lue:</source>
        <translation>&amp;Wert:</translation>
    </message>
</context>
<context>
    <name>glance::SettingsStore</name>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 is too large to be a settings file</source>
        <translation>%1 ist zu groß für eine Einstellungsdatei</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>%1 is not a valid settings file</source>
        <translation>%1 ist keine gültige Einstellungsdatei</translation>
    </message>
    <message>
        <source>Could not save the settings: %1 is read-only.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Could not save the settings: the folder %1 is read-only.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: Der Ordner %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Could not save the settings to %1: the disk may be full or the folder cannot be created.</source>
        <translation>Die Einstellungen konnten nicht in %1 gespeichert werden: Möglicherweise ist der Datenträger voll oder der Ordner kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not save the settings: %1 is not a regular file.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 holds NUL bytes</source>
        <translation>%1 enthält NUL-Bytes</translation>
    </message>
    <message>
        <source>%1 is cut off in the middle of a line</source>
        <translation>%1 bricht mitten in einer Zeile ab</translation>
    </message>
</context>
<context>
    <name>glance::SettingsSummary</name>
    <message>
        <source>no name, email or phone set</source>
        <translation>Name, E-Mail und Telefon nicht festgelegt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation>Gruppen-ID</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Gruppenname</translation>
    </message>
    <message>
        <source>Account token</source>
        <translation>Konto-Token</translation>
    </message>
    <message>
        <source>Glance address</source>
        <translation>Glance-Adresse</translation>
    </message>
    <message>
        <source>no account selector (no single sign-on)</source>
        <translation>keine Kontoauswahl (kein Single Sign-On)</translation>
    </message>
</context>
<context>
    <name>glance::ShortcutDialog</name>
    <message>
        <source>Create a desktop shortcut</source>
        <translation>Desktopverknüpfung erstellen</translation>
    </message>
    <message>
        <source>What the shortcut opens</source>
        <translation>Was die Verknüpfung öffnet</translation>
    </message>
    <message>
        <source>Join a session (asks for the key)</source>
        <translation>Einer Sitzung beitreten (fragt nach dem Schlüssel)</translation>
    </message>
    <message>
        <source>Open the join page</source>
        <translation>Beitrittsseite öffnen</translation>
    </message>
    <message>
        <source>Account summary</source>
        <translation>Kontoübersicht</translation>
    </message>
    <message>
        <source>Login key</source>
        <translation>Anmeldeschlüssel</translation>
    </message>
    <message>
        <source>SSO troubleshooting</source>
        <translation>SSO-Fehlerbehebung</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Needs your company&apos;s account: set it in Settings first.</source>
        <translation>Erfordert das Konto Ihres Unternehmens: Legen Sie es zuerst in den Einstellungen fest.</translation>
    </message>
    <message>
        <source>Session key for the shortcut</source>
        <translation>Sitzungsschlüssel für die Verknüpfung</translation>
    </message>
    <message>
        <source>The session key, or a viewer link</source>
        <translation>Sitzungsschlüssel oder Viewer-Link</translation>
    </message>
    <message>
        <source>Shortcut status</source>
        <translation>Status der Verknüpfung</translation>
    </message>
    <message>
        <source>Shortcut &amp;opens:</source>
        <translation>&amp;Verknüpfung öffnet:</translation>
    </message>
    <message>
        <source>Session &amp;key:</source>
        <translation>Si&amp;tzungsschlüssel:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Create the shortcut</source>
        <translation>Verknüpfung erstellen</translation>
    </message>
    <message>
        <source>Enter the session key.</source>
        <translation>Geben Sie den Sitzungsschlüssel ein.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>%1 is already there. Press Replace to write over it.</source>
        <translation>%1 ist bereits vorhanden. Klicken Sie auf „Ersetzen“, um die Datei zu überschreiben.</translation>
    </message>
    <message>
        <source>The shortcut is on your desktop: %1</source>
        <translation>Die Verknüpfung liegt auf Ihrem Desktop: %1</translation>
    </message>
    <message>
        <source>Join one fixed session</source>
        <translation>Einer festen Sitzung beitreten</translation>
    </message>
</context>
<context>
    <name>glance::Shortcuts</name>
    <message>
        <source>Join Glance session %1</source>
        <translation>Glance-Sitzung %1 beitreten</translation>
    </message>
    <message>
        <source>Join a Glance session</source>
        <translation>Einer Glance-Sitzung beitreten</translation>
    </message>
    <message>
        <source>Glance join page</source>
        <translation>Glance-Beitrittsseite</translation>
    </message>
    <message>
        <source>Glance account summary</source>
        <translation>Glance-Kontoübersicht</translation>
    </message>
    <message>
        <source>Glance login key</source>
        <translation>Glance-Anmeldeschlüssel</translation>
    </message>
    <message>
        <source>Glance SSO troubleshooting</source>
        <translation>Glance-SSO-Fehlerbehebung</translation>
    </message>
    <message>
        <source>Glance Launcher settings</source>
        <translation>Einstellungen für Glance Launcher</translation>
    </message>
    <message>
        <source>A Glance Launcher shortcut</source>
        <translation>Eine Verknüpfung von Glance Launcher</translation>
    </message>
    <message>
        <source>Glance Launcher</source>
        <translation>Glance Launcher</translation>
    </message>
    <message>
        <source>Puts Glance Launcher in the system tray at login</source>
        <translation>Startet Glance Launcher bei der Anmeldung im Infobereich</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>glance::TrayIcon</name>
    <message>
        <source>&amp;Join session…</source>
        <translation>Sitzung bei&amp;treten…</translation>
    </message>
    <message>
        <source>&amp;Recent sessions</source>
        <translation>&amp;Letzte Sitzungen</translation>
    </message>
    <message>
        <source>Open join &amp;page</source>
        <translation>Beitritts&amp;seite öffnen</translation>
    </message>
    <message>
        <source>Account &amp;summary</source>
        <translation>&amp;Kontoübersicht</translation>
    </message>
    <message>
        <source>&amp;Login key</source>
        <translation>&amp;Anmeldeschlüssel</translation>
    </message>
    <message>
        <source>SSO &amp;troubleshooting</source>
        <translation>SSO-&amp;Fehlerbehebung</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Create desktop s&amp;hortcut…</source>
        <translation>&amp;Desktopverknüpfung erstellen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Glance Launcher</source>
        <translation>Glance Launcher</translation>
    </message>
    <message>
        <source>Join %1 from &amp;clipboard</source>
        <extracomment>The tray menu&apos;s first item while the clipboard holds a session key.</extracomment>
        <translation>Sitzung %1 aus der &amp;Zwischenablage beitreten</translation>
    </message>
    <message>
        <source>&amp;%1  %2, joined %3</source>
        <translation>&amp;%1  %2, beigetreten %3</translation>
    </message>
    <message>
        <source>C&amp;lear recent sessions</source>
        <translation>Liste lee&amp;ren</translation>
    </message>
    <message>
        <source>Fix the settings first: %1</source>
        <translation>Korrigieren Sie zuerst die Einstellungen: %1</translation>
    </message>
    <message>
        <source>Needs your company&apos;s account: set it in Settings.</source>
        <translation>Erfordert das Konto Ihres Unternehmens: Legen Sie es in den Einstellungen fest.</translation>
    </message>
</context>
<context>
    <name>glance::XdgOpen</name>
    <message>
        <source>no browser or other program to open it was found</source>
        <translation>es wurde kein Browser oder anderes Programm gefunden, das ihn öffnen kann</translation>
    </message>
    <message>
        <source>the browser could not open it</source>
        <translation>der Browser konnte ihn nicht öffnen</translation>
    </message>
    <message>
        <source>xdg-open failed with exit code %1</source>
        <translation>xdg-open ist mit dem Exit-Code %1 gescheitert</translation>
    </message>
    <message>
        <source>xdg-open could not be started</source>
        <translation>xdg-open konnte nicht gestartet werden</translation>
    </message>
</context>
</TS>
