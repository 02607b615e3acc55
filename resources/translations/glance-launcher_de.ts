<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>glance::CommandLine</name>
    <message>
        <source>Opens Glance sessions and account pages. With no arguments, starts the tray app, or shows its dialog when it is running already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the session with this session key, or the key of this Glance viewer link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the session with this session key or link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the join page, which asks for the session key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the account summary (needs an account selector).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the login key page (needs an account selector).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the SSO troubleshooting page (needs an account selector).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the session-key dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit the running app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the link to standard output instead of opening it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, for this call only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your email address, for this call only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone number, for this call only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s Group ID, for this call only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s group name, for this call only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s token, for this call only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Glance address in the account, for this call only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the viewer in the join page&apos;s window, for this call only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The join page&apos;s prompt, for this call only: universaljoin, chatinvitation or smsinvitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Glance server, for this call only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session key %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glance::DesktopEntry</name>
    <message>
        <source>The desktop entry has no program to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop entry cannot pass a line break, a tab or another control character to a program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop entry cannot run a program whose path holds &apos;=&apos;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop entry has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of the desktop entry holds a control character, which the file cannot hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid desktop entry key: only the letters A-Z and a-z, digits and &apos;-&apos; are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop entry has the key %1 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the permissions of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glance::Front</name>
    <message>
        <source>could not write the link to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the running glance-launcher (pid %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the running glance-launcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2): nothing was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the socket %1 belongs to another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer: nothing was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not open the link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no display to open a window or link on (use --print to get the link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glance::InstanceLocation</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder of this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be entered by other users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the socket path %1 is too long</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glance::LauncherApp</name>
    <message>
        <source>Glance Launcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glance::LinkContext</name>
    <message>
        <source>given with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glance::OpenFailedDialog</name>
    <message>
        <source>Could not open the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be started for this link. Copy it and paste it into your browser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glance::Problem</name>
    <message>
        <source>digits only, such as 12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DNS-style name such as agnes.acme.glance.net: letters, digits and &apos;-&apos; in parts joined by dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control characters, invisible characters and line breaks are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty: fill it in or choose no account selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spaces are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs one @ with text on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only digits, spaces and + ( ) - . / are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of universaljoin, chatinvitation or smsinvitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pasted link is not a Glance viewer or join link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pasted link holds no session key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pasted text holds more than one session key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A refused value: the field&apos;s name, then the rule it broke.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A refused value&apos;s message, then where the value came from.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join page mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must start with https:// (http:// only for this computer: localhost, 127.0.0.1 or [::1])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a host name such as www.glance.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spaces and control characters are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the scheme, host and port: no path, query or fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port must be 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the session key the customer gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 characters (this one has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; are allowed, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account pages need a Group ID, group name, account token or Glance address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a link to a Glance join page, viewer or account page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link has &apos;%1&apos; more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link holds at most one account selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewersamewindow must be 1 or 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is given %2 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is missing its value (it took %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one session key or link, not %1 (put quotes around a key with spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at most one of --idpid, --idpname, --idptoken and --idpusername</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--print needs a link to print: a session key, --join, --agent-join, --account-summary, --login-key or --sso-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %1 is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid text: write it as UTF-8 text, in double quotes if it holds a comma or a semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of none, idpid, idpname, idptoken or idpusername</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used: %2 is set by your administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account selector must be idpid, idpname, idptoken or idpusername</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only applies to a link: add a session key, --join, --agent-join, --account-summary, --login-key or --sso-test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glance::RecentSessions</name>
    <message>
        <source>Could not remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the recent sessions to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glance::SessionDialog</name>
    <message>
        <source>Join a Glance session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the session key or the viewer link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session key status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity the link carries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account the link carries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSO &amp;troubleshooting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSO troubleshooting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account pages status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join &amp;page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open join page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Glance Launcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A setting needs fixing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the settings first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the session key the customer gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account pages need your company&apos;s account: set a Group ID, group name, account token or Glance address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glance::SettingsDialog</name>
    <message>
        <source>%1 (not valid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance Launcher settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(111)222-3333</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity the customer sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account selector value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account (SAML single sign-on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account selector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the viewer in the join page&apos;s &amp;window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the viewer in the same window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join page prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Universal join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep a list of the last sessions joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a list of recent sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Glance Launcher when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;desktop shortcut…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create desktop shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agnes.acme.glance.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings are saved, but: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Va&amp;lue:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glance::SettingsStore</name>
    <message>
        <source>%1 is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the settings: %1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the settings: the folder %1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the settings to %1: the disk may be full or the folder cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the settings: %1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glance::SettingsSummary</name>
    <message>
        <source>no name, email or phone set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no account selector (no single sign-on)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glance::ShortcutDialog</name>
    <message>
        <source>Create a desktop shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the shortcut opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join a session (asks for the key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join one fixed session key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the join page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSO troubleshooting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs your company&apos;s account: set it in Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session key for the shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session key, or a viewer link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut &amp;opens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the session key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already there. Press Replace to write over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shortcut is on your desktop: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glance::Shortcuts</name>
    <message>
        <source>Join Glance session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join a Glance session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance join page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance account summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance login key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance SSO troubleshooting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance Launcher settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Glance Launcher shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance Launcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts Glance Launcher in the system tray at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glance::TrayIcon</name>
    <message>
        <source>&amp;Join session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open join &amp;page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSO &amp;troubleshooting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create desktop s&amp;hortcut…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance Launcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join %1 from &amp;clipboard</source>
        <extracomment>The tray menu&apos;s first item while the clipboard holds a session key.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1  %2, joined %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear recent sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the settings first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs your company&apos;s account: set it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
