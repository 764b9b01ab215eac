<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to a Staging Server</source>
        <translation>Mit einem Staging-Server verbinden</translation>
    </message>
    <message>
        <source>Statistics are read in a read-only transaction; nothing is written to the server.</source>
        <translation>Die Statistik wird in einer schreibgeschützten Transaktion gelesen; auf den Server wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>optional: a name from pg_service.conf</source>
        <translation>optional: ein Name aus pg_service.conf</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>kept in memory only; or from ~/.pgpass</source>
        <translation>nur im Speicher gehalten; oder aus ~/.pgpass</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Review</source>
        <translation>Review exportieren</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen …</translation>
    </message>
    <message>
        <source>Sign-offs (part of the review, and of what is signed):</source>
        <translation>Freigaben (Teil des Reviews und dessen, was signiert wird):</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>&amp;Add Sign-off</source>
        <translation>Freigabe &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Sign-off</source>
        <translation>Freigabe entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Sign with &amp;key:</source>
        <translation>Mit &amp;Schlüssel signieren:</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>Looking for OpenPGP secret keys…</source>
        <translation>Suche nach geheimen OpenPGP-Schlüsseln…</translation>
    </message>
    <message>
        <source>&amp;Open the result when it is written</source>
        <translation>Ergebnis nach dem Schreiben &amp;öffnen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>migreview</source>
        <translation>migreview</translation>
    </message>
    <message>
        <source>Filter migrations…</source>
        <translation>Migrationen filtern …</translation>
    </message>
    <message>
        <source>Filter the migrations</source>
        <translation>Die Migrationen filtern</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <source>No file selected</source>
        <translation>Keine Datei ausgewählt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>Ordner ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Load &amp;Statistics Snapshot…</source>
        <translation>&amp;Statistik-Snapshot laden …</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Review a &amp;Pull Request…</source>
        <translation>&amp;Pull-Request prüfen …</translation>
    </message>
    <message>
        <source>Open a git range: the migrations it adds or changes are marked for review</source>
        <translation>Einen Git-Bereich öffnen: die Migrationen, die er hinzufügt oder ändert, werden zur Prüfung markiert</translation>
    </message>
    <message>
        <source>&amp;Connect to Staging…</source>
        <translation>Mit Staging &amp;verbinden …</translation>
    </message>
    <message>
        <source>Capture statistics from a staging server (read only)</source>
        <translation>Statistik von einem Staging-Server erfassen (nur lesend)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Export Review…</source>
        <translation>Review e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Write the review as JSON, HTML, PDF, SARIF or Markdown, with sign-offs, signed with OpenPGP on request</source>
        <translation>Das Review als JSON, HTML, PDF, SARIF oder Markdown schreiben, mit Freigaben, auf Wunsch mit OpenPGP signiert</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
</context>
<context>
    <name>PullRequestDialog</name>
    <message>
        <source>Review a Pull Request</source>
        <translation>Einen Pull-Request prüfen</translation>
    </message>
    <message>
        <source>The migrations that the range from base to head adds or changes are marked for review; the others are shown for context. Head&apos;s committed files are reviewed, not the working tree.</source>
        <translation>Die Migrationen, die der Bereich von Basis bis Head hinzufügt oder ändert, werden zur Prüfung markiert; die übrigen werden zum Kontext gezeigt. Geprüft werden die eingecheckten Dateien von Head, nicht das Arbeitsverzeichnis.</translation>
    </message>
    <message>
        <source>Migration &amp;folder:</source>
        <translation>Migrations&amp;ordner:</translation>
    </message>
    <message>
        <source>Migration folder</source>
        <translation>Migrationsordner</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Base:</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>&amp;Head:</source>
        <translation>&amp;Head:</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Head</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <source>Target &amp;PostgreSQL version:</source>
        <translation>Ziel-&amp;PostgreSQL-Version:</translation>
    </message>
    <message>
        <source>Target PostgreSQL version</source>
        <translation>Ziel-PostgreSQL-Version</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>What it finds</source>
        <translation>Was sie findet</translation>
    </message>
    <message>
        <source>&amp;Save to .migreview.toml</source>
        <translation>In .migreview.toml &amp;speichern</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>Editor &amp;font:</source>
        <translation>Editor-&amp;Schrift:</translation>
    </message>
    <message>
        <source>Editor font</source>
        <translation>Editor-Schrift</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <source>Editor font size</source>
        <translation>Editor-Schriftgröße</translation>
    </message>
    <message>
        <source>&amp;Colour scheme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Farbschema</translation>
    </message>
</context>
<context>
    <name>TraceOptionsDialog</name>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <source>&amp;What to run on the copy:</source>
        <translation>&amp;Was auf der Kopie ausgeführt wird:</translation>
    </message>
    <message>
        <source>What to run on the copy</source>
        <translation>Was auf der Kopie ausgeführt wird</translation>
    </message>
    <message>
        <source>Scratch &amp;copy:</source>
        <translation>Weg&amp;werfkopie:</translation>
    </message>
    <message>
        <source>Scratch copy</source>
        <translation>Wegwerfkopie</translation>
    </message>
    <message>
        <source>&amp;Sample tables over (rows):</source>
        <translation>&amp;Stichprobe für Tabellen über (Zeilen):</translation>
    </message>
    <message>
        <source>When copying, larger tables are copied as a sample of about this many rows.</source>
        <translation>Beim Kopieren werden größere Tabellen als Stichprobe von etwa so vielen Zeilen kopiert.</translation>
    </message>
    <message>
        <source>Sample tables over this many rows</source>
        <translation>Stichprobe für Tabellen über so vielen Zeilen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Migration Review Workbench: review PostgreSQL migrations.</source>
        <translation>Migration Review Workbench: PostgreSQL-Migrationen prüfen.</translation>
    </message>
    <message>
        <source>A migration repository (folder) to open.</source>
        <translation>Ein zu öffnendes Migrations-Repository (Ordner).</translation>
    </message>
    <message>
        <source>Load a statistics snapshot (JSON).</source>
        <translation>Einen Statistik-Snapshot (JSON) laden.</translation>
    </message>
    <message>
        <source>Show this file of the repository first.</source>
        <translation>Diese Datei des Repositorys zuerst anzeigen.</translation>
    </message>
    <message>
        <source>light or dark (default: the desktop&apos;s).</source>
        <translation>light oder dark (Standard: die Einstellung des Desktops).</translation>
    </message>
    <message>
        <source>Save a PNG of the window once the repository is read, then quit.</source>
        <translation>Ein PNG des Fensters speichern, sobald das Repository eingelesen ist, dann beenden.</translation>
    </message>
    <message>
        <source>could not save the screenshot to %1</source>
        <translation>Bildschirmfoto konnte nicht unter %1 gespeichert werden</translation>
    </message>
    <message>
        <source>Capture the statistics from this server (read only).</source>
        <translation>Die Statistik von diesem Server erfassen (nur lesend).</translation>
    </message>
    <message>
        <source>Quit once every finding is shown, printing the time since launch and the peak memory (a benchmark).</source>
        <translation>Beenden, sobald alle Befunde angezeigt sind, und die Zeit seit dem Start sowie den höchsten Speicherbedarf ausgeben (ein Benchmark).</translation>
    </message>
    <message>
        <source>Review a pull request: the migrations that BASE..HEAD adds or changes are marked.</source>
        <translation>Einen Pull-Request prüfen: die Migrationen, die BASE..HEAD hinzufügt oder ändert, werden markiert.</translation>
    </message>
    <message>
        <source>migreview-workbench: no display: set DISPLAY (X11) or WAYLAND_DISPLAY, or QT_QPA_PLATFORM=offscreen; the command line tool &apos;migreview&apos; needs none</source>
        <translation>migreview-workbench: keine Anzeige: DISPLAY (X11) oder WAYLAND_DISPLAY setzen, oder QT_QPA_PLATFORM=offscreen; das Kommandozeilenwerkzeug &apos;migreview&apos; braucht keine</translation>
    </message>
</context>
<context>
    <name>migreview::app</name>
    <message>
        <source>--color-scheme must be light or dark, not &apos;%1&apos;</source>
        <translation>--color-scheme muss light oder dark sein, nicht &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>migreview::app::ConnectionDialog</name>
    <message>
        <source>&amp;Capture Statistics</source>
        <translation>Statistik &amp;erfassen</translation>
    </message>
    <message>
        <source>Connected to %1 as %2 (PostgreSQL %3).</source>
        <translation>Verbunden mit %1 als %2 (PostgreSQL %3).</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
</context>
<context>
    <name>migreview::app::DistributionsView</name>
    <message>
        <source>Touched columns</source>
        <translation>Betroffene Spalten</translation>
    </message>
    <message>
        <source>Distribution before and after</source>
        <translation>Verteilung vorher und nachher</translation>
    </message>
    <message>
        <source>Drift figures</source>
        <translation>Drift-Kennzahlen</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Drift: %1</source>
        <translation>Drift: %1</translation>
    </message>
    <message>
        <source>Run a trace (Trace › Trace on a Scratch Copy…) to compare the touched columns before and after.</source>
        <translation>Führen Sie einen Trace aus (Trace › Auf einer Wegwerfkopie tracen …), um die betroffenen Spalten vorher und nachher zu vergleichen.</translation>
    </message>
    <message>
        <source>rows (sample)</source>
        <translation>Zeilen (Stichprobe)</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Null fraction</source>
        <translation>NULL-Anteil</translation>
    </message>
    <message>
        <source>Distinct values</source>
        <translation>Verschiedene Werte</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Population stability index</source>
        <translation>Population Stability Index</translation>
    </message>
    <message>
        <source>Kolmogorov-Smirnov distance</source>
        <translation>Kolmogorow-Smirnow-Abstand</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>Stichprobe</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>No drift over the thresholds.</source>
        <translation>Keine Drift über den Schwellenwerten.</translation>
    </message>
    <message>
        <source>Targeted by the WHEREs</source>
        <translation>Von den WHEREs erfasst</translation>
    </message>
    <message>
        <source>Changed outside the WHEREs</source>
        <translation>Außerhalb der WHEREs geändert</translation>
    </message>
</context>
<context>
    <name>migreview::app::ExportDialog</name>
    <message>
        <source>JSON (canonical; what gets signed)</source>
        <translation>JSON (kanonisch; das, was signiert wird)</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (eine eigenständige Datei)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>SARIF 2.1.0 (code scanning)</source>
        <translation>SARIF 2.1.0 (Code-Scanning)</translation>
    </message>
    <message>
        <source>Markdown (a pull-request comment)</source>
        <translation>Markdown (ein Pull-Request-Kommentar)</translation>
    </message>
    <message>
        <source>Do not sign</source>
        <translation>Nicht signieren</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No OpenPGP secret key in the keyring: make one with gpg --quick-gen-key to sign.</source>
        <translation>Kein geheimer OpenPGP-Schlüssel im Schlüsselbund: Erzeugen Sie einen mit gpg --quick-gen-key, um zu signieren.</translation>
    </message>
    <message>
        <source>The canonical JSON is signed (a detached signature, checkable with gpg --verify). For the other formats the signed JSON is written beside the export, which names the signer and the JSON&apos;s SHA-256.</source>
        <translation>Signiert wird das kanonische JSON (eine abgetrennte Signatur, prüfbar mit gpg --verify). Bei den anderen Formaten wird das signierte JSON neben den Export geschrieben, der den Unterzeichner und den SHA-256 des JSON nennt.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab …</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>genehmigen</translation>
    </message>
    <message>
        <source>request changes</source>
        <translation>Änderungen anfordern</translation>
    </message>
    <message>
        <source>Export the review</source>
        <translation>Review exportieren</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>Choose a file in an existing folder.</source>
        <translation>Wählen Sie eine Datei in einem bestehenden Ordner.</translation>
    </message>
    <message>
        <source>Reviewing and writing %1…</source>
        <translation>Prüfe und schreibe %1 …</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
    <message>
        <source>Still looking for signing keys; export again in a moment.</source>
        <translation>Die Suche nach Signaturschlüsseln läuft noch; exportieren Sie gleich noch einmal.</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>wählen …</translation>
    </message>
    <message>
        <source>Choose a verdict for %1.</source>
        <translation>Ein Urteil für %1 wählen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 approves a review with %n unsuppressed error(s): write the justification in the comment; the report prints it next to the verdict.</source>
        <translation>
            <numerusform>%1 genehmigt eine Prüfung mit %n nicht unterdrückten Fehler: die Begründung in den Kommentar schreiben; der Bericht druckt sie neben dem Urteil.</numerusform>
            <numerusform>%1 genehmigt eine Prüfung mit %n nicht unterdrückten Fehlern: die Begründung in den Kommentar schreiben; der Bericht druckt sie neben dem Urteil.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>migreview::app::FindingsModel</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>downtime</source>
        <translation>Ausfall</translation>
    </message>
    <message>
        <source>data loss</source>
        <translation>Datenverlust</translation>
    </message>
    <message>
        <source>performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Safe rewrite:</source>
        <translation>Sichere Umformulierung:</translation>
    </message>
    <message>
        <source>Suppressed by %1</source>
        <translation>Unterdrückt durch %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>Unterdrückt</translation>
    </message>
</context>
<context>
    <name>migreview::app::FindingsPanel</name>
    <message>
        <source>Filter the findings by level</source>
        <translation>Befunde nach Stufe filtern</translation>
    </message>
    <message>
        <source>Show findings of this level and the more severe ones</source>
        <translation>Befunde dieser Stufe und der schwereren anzeigen</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Filter the findings by rule</source>
        <translation>Befunde nach Regel filtern</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>Alle Regeln</translation>
    </message>
    <message>
        <source>Filter the findings by file</source>
        <translation>Befunde nach Datei filtern</translation>
    </message>
    <message>
        <source>Filter by file…</source>
        <translation>Nach Datei filtern …</translation>
    </message>
    <message>
        <source>Only &amp;this file</source>
        <translation>Nur &amp;diese Datei</translation>
    </message>
    <message>
        <source>List only the findings of the file the editor shows, following it as you open others</source>
        <translation>Nur die Befunde der Datei auflisten, die der Editor zeigt, und ihr folgen, wenn andere geöffnet werden</translation>
    </message>
    <message>
        <source>&amp;Suppressed</source>
        <translation>&amp;Unterdrückte</translation>
    </message>
    <message>
        <source>Also list the findings that a comment or the configuration suppressed</source>
        <translation>Auch die Befunde auflisten, die ein Kommentar oder die Konfiguration unterdrückt</translation>
    </message>
    <message>
        <source>Rule &amp;help</source>
        <translation>Regel&amp;hilfe</translation>
    </message>
    <message>
        <source>Show the documentation of the selected finding&apos;s rule</source>
        <translation>Die Dokumentation der Regel des gewählten Befunds anzeigen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Details of the selected finding</source>
        <translation>Einzelheiten des gewählten Befunds</translation>
    </message>
    <message>
        <source>Select a finding to read its whole message and fix here.</source>
        <translation>Einen Befund wählen, um hier seine ganze Meldung und Korrektur zu lesen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Suppressed by %1</source>
        <translation>Unterdrückt durch %1</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
</context>
<context>
    <name>migreview::app::GraphView</name>
    <message>
        <source>%1 (%2)
%3:%4
%5</source>
        <translation>%1 (%2)
%3:%4
%5</translation>
    </message>
    <message>
        <source>no table lock</source>
        <translation>keine Tabellensperre</translation>
    </message>
    <message>
        <source>the image could not be encoded as PNG</source>
        <translation>das Bild konnte nicht als PNG kodiert werden</translation>
    </message>
    <message>
        <source>choose a file name ending in .svg or .png</source>
        <translation>wählen Sie einen Dateinamen, der auf .svg oder .png endet</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>migreview::app::LockTimeline</name>
    <message>
        <source>Load a statistics snapshot to see how long each table is locked.</source>
        <translation>Laden Sie einen Statistik-Snapshot, um zu sehen, wie lange jede Tabelle gesperrt ist.</translation>
    </message>
    <message>
        <source>%1 on %2 (%3:%4, %5)
%6
held %7</source>
        <translation>%1 auf %2 (%3:%4, %5)
%6
gehalten %7</translation>
    </message>
    <message>
        <source>~%1 (%2 to %3)</source>
        <translation>~%1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>for an unknown time: %1</source>
        <translation>unbekannt lange: %1</translation>
    </message>
    <message>
        <source>No statement of the up migrations locks an existing table against other sessions.</source>
        <translation>Keine Anweisung der Up-Migrationen sperrt eine bestehende Tabelle gegen andere Sitzungen.</translation>
    </message>
    <message>
        <source>total %1 (expected)</source>
        <translation>insgesamt %1 (erwartet)</translation>
    </message>
</context>
<context>
    <name>migreview::app::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 — migreview</source>
        <translation>%1 — migreview</translation>
    </message>
    <message>
        <source>%1 holds no .sql files.</source>
        <translation>%1 enthält keine .sql-Dateien.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>This file cannot be shown: %1</source>
        <translation>Diese Datei kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Syntax error at line %1, column %2: %3</source>
        <translation>Syntaxfehler in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>%1 is not a SQL file of the open repository.</source>
        <translation>%1 ist keine SQL-Datei des geöffneten Repositorys.</translation>
    </message>
    <message>
        <source>Open a migration repository</source>
        <translation>Migrations-Repository öffnen</translation>
    </message>
    <message>
        <source>Load a statistics snapshot</source>
        <translation>Statistik-Snapshot laden</translation>
    </message>
    <message>
        <source>Statistics snapshots (*.json)</source>
        <translation>Statistik-Snapshots (*.json)</translation>
    </message>
    <message>
        <source>No repository open (File › Open Folder…)</source>
        <translation>Kein Repository geöffnet (Datei › Ordner öffnen…)</translation>
    </message>
    <message numerus="yes">
        <source>%n SQL file(s)</source>
        <translation>
            <numerusform>%n SQL-Datei</numerusform>
            <numerusform>%n SQL-Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>statistics: %1, %n table(s)</source>
        <translation>
            <numerusform>Statistik: %1, %n Tabelle</numerusform>
            <numerusform>Statistik: %1, %n Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Lock timeline</source>
        <translation>Sperr-Zeitleiste</translation>
    </message>
    <message>
        <source>Statistics could not be captured: %1</source>
        <translation>Die Statistik konnte nicht erfasst werden: %1</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
    <message>
        <source>Work: %1. Takes %2.</source>
        <translation>Arbeit: %1. Dauer %2.</translation>
    </message>
    <message>
        <source>Locks held to the end of the transaction: %1.</source>
        <translation>Sperren gehalten bis zum Ende der Transaktion: %1.</translation>
    </message>
    <message>
        <source>Dependency graph</source>
        <translation>Abhängigkeitsgraph</translation>
    </message>
    <message>
        <source>Laying out the graph…</source>
        <translation>Graph wird angeordnet …</translation>
    </message>
    <message>
        <source>Filter the graph by table</source>
        <translation>Graph nach Tabelle filtern</translation>
    </message>
    <message>
        <source>Light up the statements that touch one table</source>
        <translation>Die Anweisungen hervorheben, die eine Tabelle betreffen</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>Alle Tabellen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Save the graph as SVG (laid out by Graphviz) or PNG (as shown)</source>
        <translation>Den Graphen als SVG (von Graphviz angeordnet) oder PNG (wie angezeigt) speichern</translation>
    </message>
    <message>
        <source>Export the dependency graph</source>
        <translation>Abhängigkeitsgraph exportieren</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png)</source>
        <translation>SVG-Bild (*.svg);;PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>The graph could not be exported: %1</source>
        <translation>Der Graph konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>Ordering violations</source>
        <translation>Reihenfolgeverstöße</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Fit the whole graph in the window (or double-click outside the migrations); double-click a migration to fit it</source>
        <translation>Den ganzen Graphen ins Fenster einpassen (oder außerhalb der Migrationen doppelklicken); Doppelklick auf eine Migration passt diese ein</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Next Finding</source>
        <translation>&amp;Nächster Befund</translation>
    </message>
    <message>
        <source>&amp;Previous Finding</source>
        <translation>&amp;Vorheriger Befund</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <source># syntax-error

The file is not valid PostgreSQL: PostgreSQL will refuse the migration. The statements around the error that parse on their own are still checked.</source>
        <translation># syntax-error

Die Datei ist kein gültiges PostgreSQL: PostgreSQL wird die Migration ablehnen. Die Anweisungen um den Fehler, die für sich allein geparst werden können, werden trotzdem geprüft.</translation>
    </message>
    <message>
        <source># %1

The linter reports this itself; no rule page describes it.</source>
        <translation># %1

Der Linter meldet dies selbst; keine Regelseite beschreibt es.</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>Rule documentation</source>
        <translation>Regeldokumentation</translation>
    </message>
    <message>
        <source>The configuration was not applied: %1</source>
        <translation>Die Konfiguration wurde nicht angewendet: %1</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Safe rewrite:</source>
        <translation>Sichere Umformulierung:</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>Paired script</source>
        <translation>Gepaartes Skript</translation>
    </message>
    <message>
        <source> (modified, not saved)</source>
        <translation> (geändert, nicht gespeichert)</translation>
    </message>
    <message>
        <source>SQL editor</source>
        <translation>SQL-Editor</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Migrations</source>
        <translation>&amp;Migrationen</translation>
    </message>
    <message>
        <source>&amp;Editor</source>
        <translation>&amp;Editor</translation>
    </message>
    <message>
        <source>Dependency &amp;Graph</source>
        <translation>Abhängigkeits&amp;graph</translation>
    </message>
    <message>
        <source>Lock &amp;Timeline</source>
        <translation>Sperr-&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>Filter Migrations</source>
        <translation>Migrationen filtern</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Allow Editing</source>
        <translation>Bearbeiten &amp;erlauben</translation>
    </message>
    <message>
        <source>Edit the shown script; the edits are analysed as you type and saved only when you ask</source>
        <translation>Das angezeigte Skript bearbeiten; Änderungen werden beim Tippen analysiert und nur auf Wunsch gespeichert</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Revert to Saved</source>
        <translation>Auf Gespeichertes &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%n edited file(s) are not saved. Save them?</source>
        <translation>
            <numerusform>%n bearbeitete Datei ist nicht gespeichert. Speichern?</numerusform>
            <numerusform>%n bearbeitete Dateien sind nicht gespeichert. Speichern?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Show Safe &amp;Rewrite</source>
        <translation>Sichere &amp;Umformulierung zeigen</translation>
    </message>
    <message>
        <source>No finding with a safe rewrite at the cursor</source>
        <translation>Kein Befund mit sicherer Umformulierung an der Cursorposition</translation>
    </message>
    <message>
        <source>Show &amp;Up and Down Side by Side</source>
        <translation>Up und Down neben&amp;einander zeigen</translation>
    </message>
    <message>
        <source>Safe rewrite: %1</source>
        <translation>Sichere Umformulierung: %1</translation>
    </message>
    <message>
        <source>As written (%1:%2)</source>
        <translation>Wie geschrieben (%1:%2)</translation>
    </message>
    <message>
        <source>Safe rewrite</source>
        <translation>Sichere Umformulierung</translation>
    </message>
    <message>
        <source>-- This script has no up or down pair.</source>
        <translation>-- Dieses Skript hat kein Up- oder Down-Gegenstück.</translation>
    </message>
    <message>
        <source>-- The pair is known once the repository is analysed.</source>
        <translation>-- Das Gegenstück ist bekannt, sobald das Repository analysiert ist.</translation>
    </message>
    <message>
        <source>-- %1 cannot be shown: %2</source>
        <translation>-- %1 kann nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <source>Editing: changes are analysed as you type and saved only with File › Save (Ctrl+S)</source>
        <translation>Bearbeiten: Änderungen werden beim Tippen analysiert und nur mit Datei › Speichern (Ctrl+S) gespeichert</translation>
    </message>
    <message>
        <source>Analysing… %p%</source>
        <translation>Analysiere … %p%</translation>
    </message>
    <message>
        <source>%1 (%2) — migreview</source>
        <translation>%1 (%2) — migreview</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s), %1</source>
        <translation>
            <numerusform>%n Migration, %1</numerusform>
            <numerusform>%n Migrationen, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with errors</source>
        <translation>
            <numerusform>%n Datei mit Fehlern</numerusform>
            <numerusform>%n Dateien mit Fehlern</numerusform>
        </translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>Verteilungen</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <source>&amp;Trace</source>
        <translation>&amp;Trace</translation>
    </message>
    <message>
        <source>Trace on a &amp;Scratch Copy…</source>
        <translation>Auf einer &amp;Wegwerfkopie tracen …</translation>
    </message>
    <message>
        <source>Run the up migrations on a copy of a staging database, measure them and compare the data before and after</source>
        <translation>Die Up-Migrationen auf einer Kopie einer Staging-Datenbank ausführen, sie messen und die Daten vorher und nachher vergleichen</translation>
    </message>
    <message>
        <source>The trace was cancelled.</source>
        <translation>Der Trace wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The trace stopped: %1</source>
        <translation>Der Trace wurde angehalten: %1</translation>
    </message>
    <message>
        <source>Open a repository first.</source>
        <translation>Öffnen Sie zuerst ein Repository.</translation>
    </message>
    <message>
        <source>Trace on a Scratch Copy</source>
        <translation>Auf einer Wegwerfkopie tracen</translation>
    </message>
    <message>
        <source>Tracing… %v/%m statements</source>
        <translation>Trace läuft … %v/%m Anweisungen</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Pull Request</source>
        <translation>Pull-Request</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiken</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message numerus="yes">
        <source>Pull request %1: %n migration(s), </source>
        <translation>
            <numerusform>Pull-Request %1: %n Migration, </numerusform>
            <numerusform>Pull-Request %1: %n Migrationen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), </source>
        <translation>
            <numerusform>%n Fehler, </numerusform>
            <numerusform>%n Fehler, </numerusform>
        </translation>
    </message>
    <message>
        <source>Pull request summary</source>
        <translation>Zusammenfassung des Pull-Requests</translation>
    </message>
    <message>
        <source>Pull request</source>
        <translation>Pull-Request</translation>
    </message>
    <message>
        <source>Show context</source>
        <translation>Kontext zeigen</translation>
    </message>
    <message>
        <source>Also show the migrations this pull request does not touch (their findings are never counted)</source>
        <translation>Auch die Migrationen zeigen, die dieser Pull-Request nicht berührt (ihre Befunde zählen nie)</translation>
    </message>
    <message>
        <source>Show &amp;Context of the Pull Request</source>
        <translation>&amp;Kontext des Pull-Requests zeigen</translation>
    </message>
    <message>
        <source>%1 at BASE (%2)</source>
        <translation>%1 in BASE (%2)</translation>
    </message>
    <message>
        <source>%1 — changed by the pull request (right: as it was at BASE %2)</source>
        <translation>%1 — vom Pull-Request geändert (rechts: wie in BASE %2)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Rule Reference…</source>
        <translation>&amp;Regelreferenz …</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentation</translation>
    </message>
    <message>
        <source>&amp;About migreview</source>
        <translation>&amp;Über migreview</translation>
    </message>
    <message>
        <source>About migreview</source>
        <translation>Über migreview</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;migreview %1&lt;/b&gt;, the Migration Review Workbench.&lt;/p&gt;&lt;p&gt;Reviews PostgreSQL schema migrations and backfills: lint with safe rewrites, locks and how long they are held, the backfill graph, traces on a scratch copy and signed review reports.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;migreview %1&lt;/b&gt;, die Werkbank für Migrationsprüfungen.&lt;/p&gt;&lt;p&gt;Prüft PostgreSQL-Schemamigrationen und Backfills: Lint mit sicheren Umschreibungen, Sperren und wie lange sie gehalten werden, den Backfill-Graphen, Traces auf einer Arbeitskopie und signierte Prüfberichte.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>migreview::app::MigrationTreeModel</name>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Stmts</source>
        <translation>Anw.</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Infos</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>%1 (layout: %2)</source>
        <translation>%1 (Layout: %2)</translation>
    </message>
    <message>
        <source>Added by the range under review</source>
        <translation>Vom geprüften Bereich hinzugefügt</translation>
    </message>
    <message>
        <source>Changed by the range under review</source>
        <translation>Vom geprüften Bereich geändert</translation>
    </message>
    <message>
        <source>Not touched by the range: shown for context</source>
        <translation>Vom Bereich nicht berührt: zum Kontext gezeigt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Other SQL files</source>
        <translation>Andere SQL-Dateien</translation>
    </message>
    <message>
        <source>Not analysed: excluded by the configuration or not a migration of this layout</source>
        <translation>Nicht analysiert: durch die Konfiguration ausgeschlossen oder keine Migration dieses Layouts</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted by the range under review</source>
        <translation>Vom geprüften Bereich gelöscht</translation>
    </message>
</context>
<context>
    <name>migreview::app::PullRequestDialog</name>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Migration folder in a git repository</source>
        <translation>Migrationsordner in einem Git-Repository</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>migreview::app::SettingsDialog</name>
    <message>
        <source>Opt-in: off unless turned on</source>
        <translation>Opt-in: aus, solange nicht eingeschaltet</translation>
    </message>
    <message>
        <source>On unless turned off</source>
        <translation>An, solange nicht ausgeschaltet</translation>
    </message>
    <message>
        <source>Level of %1</source>
        <translation>Stufe von %1</translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>Open a repository first</source>
        <translation>Zuerst ein Repository öffnen</translation>
    </message>
    <message>
        <source>Write these choices to %1</source>
        <translation>Diese Einstellungen nach %1 schreiben</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert in %1.</translation>
    </message>
    <message>
        <source>The desktop&apos;s</source>
        <translation>Die des Desktops</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>No repository is open.</source>
        <translation>Kein Repository ist geöffnet.</translation>
    </message>
    <message>
        <source>Could not keep a copy of %1 as %2; nothing was written.</source>
        <translation>Konnte keine Kopie von %1 als %2 anlegen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Konnte %1 nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>migreview::app::TraceOptionsDialog</name>
    <message>
        <source>All up migrations</source>
        <translation>Alle Up-Migrationen</translation>
    </message>
    <message>
        <source>Only migration %1</source>
        <translation>Nur Migration %1</translation>
    </message>
    <message>
        <source>Automatic: template, else a copy, else a local server</source>
        <translation>Automatisch: Template, sonst eine Kopie, sonst ein lokaler Server</translation>
    </message>
    <message>
        <source>CREATE DATABASE … TEMPLATE (no other session on the source)</source>
        <translation>CREATE DATABASE … TEMPLATE (keine andere Sitzung auf der Quelle)</translation>
    </message>
    <message>
        <source>Copy the schema and the touched tables on the same server</source>
        <translation>Schema und betroffene Tabellen auf demselben Server kopieren</translation>
    </message>
    <message>
        <source>Copy them into a local PostgreSQL 17 started for the trace</source>
        <translation>Sie in ein für den Trace gestartetes lokales PostgreSQL 17 kopieren</translation>
    </message>
    <message>
        <source>&amp;Trace</source>
        <translation>&amp;Trace</translation>
    </message>
</context>
<context>
    <name>migreview::app::TraceTable</name>
    <message>
        <source>Traced statements</source>
        <translation>Getracte Anweisungen</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Geschätzt</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Neuschreiben</translation>
    </message>
    <message>
        <source>WAL</source>
        <translation>WAL</translation>
    </message>
    <message>
        <source>Locks</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>No trace yet: Trace › Trace on a Scratch Copy… runs the migrations on a copy of a staging database.</source>
        <translation>Noch kein Trace: Trace › Auf einer Wegwerfkopie tracen … führt die Migrationen auf einer Kopie einer Staging-Datenbank aus.</translation>
    </message>
    <message>
        <source>The trace stopped: %1</source>
        <translation>Der Trace wurde angehalten: %1</translation>
    </message>
    <message>
        <source>The trace was cancelled; the scratch copy was %1.</source>
        <translation>Der Trace wurde abgebrochen; die Wegwerfkopie wurde %1.</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>NOT dropped</source>
        <translation>NICHT gelöscht</translation>
    </message>
    <message>
        <source>dropped afterwards</source>
        <translation>danach gelöscht</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>Traced on a scratch copy of %1 (PostgreSQL %2) made by %3, %4.</source>
        <translation>Getract auf einer Wegwerfkopie von %1 (PostgreSQL %2), angelegt durch %3, %4.</translation>
    </message>
</context>
<context>
    <name>migreview::cli</name>
    <message>
        <source>parse SQL files with PostgreSQL&apos;s parser; list statements or syntax errors</source>
        <translation>SQL-Dateien mit dem Parser von PostgreSQL parsen; Anweisungen oder Syntaxfehler auflisten</translation>
    </message>
    <message>
        <source>usage: migreview COMMAND [OPTIONS] [ARGS]</source>
        <translation>Aufruf: migreview BEFEHL [OPTIONEN] [ARGUMENTE]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;migreview COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>&apos;migreview BEFEHL --help&apos; zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>migreview: unknown command &apos;%1&apos;</source>
        <translation>migreview: unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Parses every .sql file under each PATH with libpg_query (PostgreSQL 17&apos;s parser) and prints each statement&apos;s kind and line range, or the syntax error as file:line:column. Exits 1 when a file has a syntax error or cannot be read.</source>
        <translation>Parst jede .sql-Datei unter jedem PATH mit libpg_query (dem Parser von PostgreSQL 17) und gibt für jede Anweisung ihre Art und ihren Zeilenbereich aus, oder den Syntaxfehler als Datei:Zeile:Spalte. Beendet sich mit 1, wenn eine Datei einen Syntaxfehler enthält oder nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Ausgabeformat: text oder json.</translation>
    </message>
    <message>
        <source>A .sql file or a folder searched for .sql files.</source>
        <translation>Eine .sql-Datei oder ein Ordner, der nach .sql-Dateien durchsucht wird.</translation>
    </message>
    <message>
        <source>migreview parse: --format must be text or json, not &apos;%1&apos;</source>
        <translation>migreview parse: --format muss text oder json sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>migreview parse: give at least one PATH (a .sql file or a folder)</source>
        <translation>migreview parse: Geben Sie mindestens einen PATH an (eine .sql-Datei oder einen Ordner)</translation>
    </message>
    <message>
        <source>migreview parse: %1: no .sql files found</source>
        <translation>migreview parse: %1: keine .sql-Dateien gefunden</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>lint a migration repository: dangers, why, and the safe rewrite</source>
        <translation>ein Migrations-Repository prüfen: Gefahren, ihre Gründe und die sichere Umformulierung</translation>
    </message>
    <message>
        <source>list the lint rules, or write their reference pages</source>
        <translation>die Lint-Regeln auflisten oder ihre Referenzseiten schreiben</translation>
    </message>
    <message>
        <source>Lints a repository of PostgreSQL migrations: what is dangerous, why, and the safe rewrite.
Exit codes: 0 no unsuppressed error, 1 errors found, 2 could not run.</source>
        <translation>Prüft ein Repository von PostgreSQL-Migrationen: was gefährlich ist, warum, und die sichere Umformulierung.
Exit-Codes: 0 kein nicht unterdrückter Fehler, 1 Fehler gefunden, 2 konnte nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>text, json, sarif, markdown or gcc (default text).</source>
        <translation>text, json, sarif, markdown oder gcc (Standard: text).</translation>
    </message>
    <message>
        <source>Target PostgreSQL major version, 11-17 (default 17).</source>
        <translation>PostgreSQL-Hauptversion des Zielsystems, 11-17 (Standard: 17).</translation>
    </message>
    <message>
        <source>Configuration file (default: .migreview.toml found upwards).</source>
        <translation>Konfigurationsdatei (Standard: die nächste .migreview.toml in den übergeordneten Ordnern).</translation>
    </message>
    <message>
        <source>Write the report to FILE instead of standard output.</source>
        <translation>Den Bericht in FILE statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>auto, always or never (default auto: on a terminal).</source>
        <translation>auto, always oder never (Standard: auto, d. h. auf einem Terminal).</translation>
    </message>
    <message>
        <source>List suppressed findings too.</source>
        <translation>Auch unterdrückte Befunde auflisten.</translation>
    </message>
    <message>
        <source>Turn a rule off (repeatable).</source>
        <translation>Eine Regel ausschalten (wiederholbar).</translation>
    </message>
    <message>
        <source>Turn an opt-in rule on (repeatable).</source>
        <translation>Eine Opt-in-Regel einschalten (wiederholbar).</translation>
    </message>
    <message>
        <source>Parse with N threads (default: one per core).</source>
        <translation>Mit N Threads parsen (Standard: einer pro Kern).</translation>
    </message>
    <message>
        <source>The migration repository (a folder) or one .sql file.</source>
        <translation>Das Migrations-Repository (ein Ordner) oder eine einzelne .sql-Datei.</translation>
    </message>
    <message>
        <source>migreview lint: --format must be text, json, sarif, markdown or gcc, not &apos;%1&apos;</source>
        <translation>migreview lint: --format muss text, json, sarif, markdown oder gcc sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>migreview lint: give one PATH (a migration folder or a .sql file)</source>
        <translation>migreview lint: Geben Sie einen PATH an (einen Migrationsordner oder eine .sql-Datei)</translation>
    </message>
    <message>
        <source>migreview lint: --pg-version must be a PostgreSQL major version from 11 to 17</source>
        <translation>migreview lint: --pg-version muss eine PostgreSQL-Hauptversion von 11 bis 17 sein</translation>
    </message>
    <message>
        <source>migreview lint: --jobs must be a number from 1 to 256</source>
        <translation>migreview lint: --jobs muss eine Zahl von 1 bis 256 sein</translation>
    </message>
    <message>
        <source>migreview lint: cannot write %1: %2</source>
        <translation>migreview lint: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Lists the lint rules, or writes their reference pages.</source>
        <translation>Listet die Lint-Regeln auf oder schreibt ihre Referenzseiten.</translation>
    </message>
    <message>
        <source>Write one Markdown page per rule (and README.md) into FOLDER.</source>
        <translation>Eine Markdown-Seite pro Regel (und README.md) in FOLDER schreiben.</translation>
    </message>
    <message>
        <source>wrote %1 rule pages to %2</source>
        <translation>%1 Regelseiten nach %2 geschrieben</translation>
    </message>
    <message>
        <source>capture a statistics snapshot from a live server (read only)</source>
        <translation>einen Statistik-Snapshot von einem laufenden Server erfassen (nur lesend)</translation>
    </message>
    <message>
        <source>Captures a statistics snapshot (table sizes, row counts, column statistics, indexes) from a PostgreSQL server, in a read-only transaction. Passwords come from libpq: ~/.pgpass, the service file or PGPASSWORD; none is written to the snapshot.</source>
        <translation>Erfasst einen Statistik-Snapshot (Tabellengrößen, Zeilenzahlen, Spaltenstatistiken, Indexe) von einem PostgreSQL-Server, in einer nur lesenden Transaktion. Passwörter kommen aus libpq: ~/.pgpass, der Service-Datei oder PGPASSWORD; keines wird in den Snapshot geschrieben.</translation>
    </message>
    <message>
        <source>libpq connection string or URI, e.g. &apos;host=staging dbname=shop&apos;.</source>
        <translation>libpq-Verbindungszeichenkette oder URI, z. B. &apos;host=staging dbname=shop&apos;.</translation>
    </message>
    <message>
        <source>Write the snapshot to FILE (&apos;-&apos;: standard output).</source>
        <translation>Den Snapshot in FILE schreiben (&apos;-&apos;: Standardausgabe).</translation>
    </message>
    <message>
        <source>Only this schema (repeatable; default: every user schema).</source>
        <translation>Nur dieses Schema (wiederholbar; Standard: jedes Benutzerschema).</translation>
    </message>
    <message>
        <source>Name of the database for display (default: its name).</source>
        <translation>Anzeigename der Datenbank (Standard: ihr Name).</translation>
    </message>
    <message>
        <source>migreview snapshot: give --dsn DSN and -o FILE</source>
        <translation>migreview snapshot: Geben Sie --dsn DSN und -o FILE an</translation>
    </message>
    <message>
        <source>migreview snapshot: cannot write %1: %2</source>
        <translation>migreview snapshot: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>per statement: locks, work, estimated duration and lock hold time</source>
        <translation>pro Anweisung: Sperren, Arbeit, geschätzte Dauer und Haltedauer der Sperren</translation>
    </message>
    <message>
        <source>Estimates, per statement of a migration repository, which locks it takes, the work done under them, how long that takes on tables of the snapshot&apos;s size, and how long the locks are held (to the end of the transaction).</source>
        <translation>Schätzt für jede Anweisung eines Migrations-Repositorys, welche Sperren sie nimmt, welche Arbeit darunter geschieht, wie lange diese auf Tabellen der Größe aus dem Snapshot dauert und wie lange die Sperren gehalten werden (bis zum Ende der Transaktion).</translation>
    </message>
    <message>
        <source>Statistics snapshot (JSON, docs/stats-snapshot.md).</source>
        <translation>Statistik-Snapshot (JSON, docs/stats-snapshot.md).</translation>
    </message>
    <message>
        <source>Capture the statistics from this server instead (read only).</source>
        <translation>Die Statistik stattdessen von diesem Server erfassen (nur lesend).</translation>
    </message>
    <message>
        <source>text, json or markdown (default text).</source>
        <translation>text, json oder markdown (Standard: text).</translation>
    </message>
    <message>
        <source>Target PostgreSQL major version, 11-17 (default: the snapshot&apos;s).</source>
        <translation>PostgreSQL-Hauptversion des Zielsystems, 11-17 (Standard: die des Snapshots).</translation>
    </message>
    <message>
        <source>migreview estimate: --format must be text, json or markdown, not &apos;%1&apos;</source>
        <translation>migreview estimate: --format muss text, json oder markdown sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>migreview estimate: give one PATH (a migration folder or a .sql file)</source>
        <translation>migreview estimate: Geben Sie einen PATH an (einen Migrationsordner oder eine .sql-Datei)</translation>
    </message>
    <message>
        <source>migreview estimate: give --stats or --dsn, not both</source>
        <translation>migreview estimate: Geben Sie --stats oder --dsn an, nicht beides</translation>
    </message>
    <message>
        <source>migreview estimate: --pg-version must be a PostgreSQL major version from 11 to 17</source>
        <translation>migreview estimate: --pg-version muss eine PostgreSQL-Hauptversion von 11 bis 17 sein</translation>
    </message>
    <message>
        <source>migreview estimate: statistics not used, durations are unknown: %1</source>
        <translation>migreview estimate: Statistik nicht verwendet, Dauern sind unbekannt: %1</translation>
    </message>
    <message>
        <source>migreview estimate: no --stats or --dsn; durations of work on existing tables are unknown</source>
        <translation>migreview estimate: weder --stats noch --dsn; die Dauer von Arbeit an bestehenden Tabellen ist unbekannt</translation>
    </message>
    <message>
        <source>migreview estimate: cannot write %1: %2</source>
        <translation>migreview estimate: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Also measure this server&apos;s rates for the estimates, on generated tables in a scratch schema that is dropped afterwards (this writes to the server).</source>
        <translation>Zusätzlich die Raten dieses Servers für die Schätzungen messen, an erzeugten Tabellen in einem Hilfsschema, das danach gelöscht wird (dies schreibt auf den Server).</translation>
    </message>
    <message>
        <source>the dependency graph: phases, ordering violations, critical path</source>
        <translation>der Abhängigkeitsgraph: Phasen, Reihenfolgeverstöße, kritischer Pfad</translation>
    </message>
    <message>
        <source>The dependency graph of a repository&apos;s up migrations: statements as nodes (expand, backfill, contract), edges between statements that touch the same object, ordering violations, and the critical path. Exits 1 when there is a violation.</source>
        <translation>Der Abhängigkeitsgraph der Up-Migrationen eines Repositorys: Anweisungen als Knoten (Erweitern, Nachbefüllen, Zurückbauen), Kanten zwischen Anweisungen, die dasselbe Objekt betreffen, Reihenfolgeverstöße und der kritische Pfad. Beendet sich mit 1, wenn es einen Verstoß gibt.</translation>
    </message>
    <message>
        <source>The migration repository (a folder).</source>
        <translation>Das Migrations-Repository (ein Ordner).</translation>
    </message>
    <message>
        <source>Statistics snapshot, for the durations of the critical path.</source>
        <translation>Statistik-Snapshot, für die Dauern des kritischen Pfads.</translation>
    </message>
    <message>
        <source>migreview graph: give one PATH (a migration folder)</source>
        <translation>migreview graph: Geben Sie einen PATH an (einen Migrationsordner)</translation>
    </message>
    <message>
        <source>migreview graph: statistics not used: %1</source>
        <translation>migreview graph: Statistik nicht verwendet: %1</translation>
    </message>
    <message>
        <source>json, dot or svg (default json).</source>
        <translation>json, dot oder svg (Standard: json).</translation>
    </message>
    <message>
        <source>migreview graph: --format must be json, dot or svg, not &apos;%1&apos;</source>
        <translation>migreview graph: --format muss json, dot oder svg sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>run the migrations on a scratch copy: measured locks and times, drift of the data</source>
        <translation>die Migrationen auf einer Wegwerfkopie ausführen: gemessene Sperren und Zeiten, Drift der Daten</translation>
    </message>
    <message>
        <source>libpq connection string or URI of the source database.</source>
        <translation>libpq-Verbindungszeichenkette oder URI der Quelldatenbank.</translation>
    </message>
    <message>
        <source>Only this migration (its version, or version and name).</source>
        <translation>Nur diese Migration (ihre Version oder Version und Name).</translation>
    </message>
    <message>
        <source>Statistics snapshot, for the estimates shown beside the measurements.</source>
        <translation>Statistik-Snapshot für die Schätzungen neben den Messungen.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In FILE statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>migreview trace: --format must be text, json or markdown, not &apos;%1&apos;</source>
        <translation>migreview trace: --format muss text, json oder markdown sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>migreview trace: give one PATH (a migration folder) and --dsn</source>
        <translation>migreview trace: geben Sie einen PATH (einen Migrationsordner) und --dsn an</translation>
    </message>
    <message>
        <source>migreview trace: %1</source>
        <translation>migreview trace: %1</translation>
    </message>
    <message>
        <source>migreview trace: cannot write %1: %2</source>
        <translation>migreview trace: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>migreview trace: the scratch database %1 could not be dropped; drop it by hand</source>
        <translation>migreview trace: die Wegwerfdatenbank %1 konnte nicht gelöscht werden; löschen Sie sie von Hand</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a statistics snapshot</source>
        <translation>%1 ist kein Statistik-Snapshot</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Write the rates this trace measured into this statistics snapshot&apos;s server.calibration, so that later estimates use them (the file is replaced whole, or not at all).</source>
        <translation>Die von diesem Trace gemessenen Raten in server.calibration dieses Statistik-Snapshots schreiben, damit spätere Schätzungen sie verwenden (die Datei wird ganz ersetzt oder gar nicht).</translation>
    </message>
    <message>
        <source>migreview trace: the snapshot was not changed: %1</source>
        <translation>migreview trace: der Snapshot wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>Runs the up migrations on a scratch copy of the database (CREATE DATABASE ... TEMPLATE, or a copy of the schema and the touched tables; the source is only read), measures each statement (time, rows, locks, table rewrites, WAL) beside its estimate, compares the touched columns before and after, and drops the copy. Exits 1 when a statement fails or a column drifts.</source>
        <translation>Führt die Up-Migrationen auf einer Wegwerfkopie der Datenbank aus (CREATE DATABASE ... TEMPLATE oder eine Kopie des Schemas und der betroffenen Tabellen; die Quelle wird nur gelesen), misst jede Anweisung (Zeit, Zeilen, Sperren, Tabellen-Neuschreibungen, WAL) neben ihrer Schätzung, vergleicht die betroffenen Spalten vorher und nachher und löscht die Kopie. Endet mit 1, wenn eine Anweisung fehlschlägt oder eine Spalte driftet.</translation>
    </message>
    <message>
        <source>How to make the scratch copy: template (CREATE DATABASE ... TEMPLATE), copy (the schema and the touched tables into an empty database on the same server), local (the same into a PostgreSQL 17 that migreview starts), or auto (default: template, else copy, else local).</source>
        <translation>Wie die Wegwerfkopie angelegt wird: template (CREATE DATABASE ... TEMPLATE), copy (Schema und betroffene Tabellen in eine leere Datenbank auf demselben Server), local (dasselbe in ein PostgreSQL 17, das migreview startet) oder auto (Standard: template, sonst copy, sonst local).</translation>
    </message>
    <message>
        <source>copy and local: tables with more rows are copied as a sample of about N rows (default 1000000).</source>
        <translation>copy und local: Tabellen mit mehr Zeilen werden als Stichprobe von etwa N Zeilen kopiert (Standard 1000000).</translation>
    </message>
    <message>
        <source>migreview trace: --scratch must be auto, template, copy or local, not &apos;%1&apos;</source>
        <translation>migreview trace: --scratch muss auto, template, copy oder local sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>migreview trace: --copy-row-limit must be a positive number of rows, not &apos;%1&apos;</source>
        <translation>migreview trace: --copy-row-limit muss eine positive Zeilenanzahl sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the review as JSON, HTML, PDF, SARIF or Markdown; signed with OpenPGP on request</source>
        <translation>das Review als JSON, HTML, PDF, SARIF oder Markdown; auf Wunsch mit OpenPGP signiert</translation>
    </message>
    <message>
        <source>add your OpenPGP signature to a review JSON&apos;s signature file</source>
        <translation>Ihre OpenPGP-Signatur zur Signaturdatei eines Review-JSON hinzufügen</translation>
    </message>
    <message>
        <source>check a review&apos;s signatures, its integrity and, given the repository, drift since review</source>
        <translation>die Signaturen und die Integrität eines Reviews prüfen und, wenn das Repository angegeben ist, die Drift seit dem Review</translation>
    </message>
    <message>
        <source>migreview %1: cannot write %2: %3</source>
        <translation>migreview %1: %2 kann nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>Builds the review of a migration repository (findings, locks and their estimated times, the dependency graph, a trace, a runbook and sign-offs) as canonical JSON, and exports it as JSON, HTML, PDF, SARIF or Markdown. With --sign, the JSON gets an OpenPGP detached signature in FILE.asc.</source>
        <translation>Erstellt das Review eines Migrations-Repositorys (Befunde, Sperren und ihre geschätzten Zeiten, den Abhängigkeitsgraphen, einen Trace, ein Runbook und Freigaben) als kanonisches JSON und exportiert es als JSON, HTML, PDF, SARIF oder Markdown. Mit --sign erhält das JSON eine abgetrennte OpenPGP-Signatur in FILE.asc.</translation>
    </message>
    <message>
        <source>The migration repository (a folder); not with --from.</source>
        <translation>Das Migrations-Repository (ein Ordner); nicht zusammen mit --from.</translation>
    </message>
    <message>
        <source>json (default), html, pdf, sarif or markdown.</source>
        <translation>json (Standard), html, pdf, sarif oder markdown.</translation>
    </message>
    <message>
        <source>Write to FILE (standard output when omitted; PDF needs a file).</source>
        <translation>In FILE schreiben (ohne Angabe auf die Standardausgabe; PDF braucht eine Datei).</translation>
    </message>
    <message>
        <source>Statistics snapshot, for the lock times.</source>
        <translation>Statistik-Snapshot, für die Sperrzeiten.</translation>
    </message>
    <message>
        <source>A saved trace (migreview trace --format json -o FILE) to include.</source>
        <translation>Ein gespeicherter Trace (migreview trace --format json -o FILE), der aufgenommen wird.</translation>
    </message>
    <message>
        <source>Review a pull request: the migrations that BASE..HEAD adds or changes.</source>
        <translation>Einen Pull-Request prüfen: die Migrationen, die BASE..HEAD hinzufügt oder ändert.</translation>
    </message>
    <message>
        <source>Sign the JSON with this OpenPGP key (fingerprint, key id or e-mail) into FILE.asc.</source>
        <translation>Das JSON mit diesem OpenPGP-Schlüssel (Fingerabdruck, Schlüssel-ID oder E-Mail) in FILE.asc signieren.</translation>
    </message>
    <message>
        <source>A sign-off: &quot;Name &lt;email&gt;|role|approve or request-changes|comment&quot; (repeatable).</source>
        <translation>Eine Freigabe: &quot;Name &lt;E-Mail&gt;|Rolle|approve oder request-changes|Kommentar&quot; (wiederholbar).</translation>
    </message>
    <message>
        <source>The review&apos;s time, ISO 8601 (default: SOURCE_DATE_EPOCH, else now).</source>
        <translation>Der Zeitpunkt des Reviews, ISO 8601 (Standard: SOURCE_DATE_EPOCH, sonst jetzt).</translation>
    </message>
    <message>
        <source>Render this saved review JSON instead of reviewing PATH; its signatures (REVIEW.json.asc) are checked and shown.</source>
        <translation>Dieses gespeicherte Review-JSON ausgeben, statt PATH zu prüfen; seine Signaturen (REVIEW.json.asc) werden geprüft und angezeigt.</translation>
    </message>
    <message>
        <source>migreview report: --format must be json, html, pdf, sarif or markdown, not &apos;%1&apos;</source>
        <translation>migreview report: --format muss json, html, pdf, sarif oder markdown sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>migreview report: PDF and --sign need an output file (-o FILE)</source>
        <translation>migreview report: PDF und --sign brauchen eine Ausgabedatei (-o FILE)</translation>
    </message>
    <message>
        <source>migreview report: the JSON is what gets signed: make it with --format json --sign KEY, then render it with --from REVIEW.json</source>
        <translation>migreview report: Signiert wird das JSON: Erzeugen Sie es mit --format json --sign KEY und geben Sie es dann mit --from REVIEW.json aus</translation>
    </message>
    <message>
        <source>migreview report: give PATH or --from, not both</source>
        <translation>migreview report: Geben Sie PATH oder --from an, nicht beides</translation>
    </message>
    <message>
        <source>migreview report: %1: %2</source>
        <translation>migreview report: %1: %2</translation>
    </message>
    <message>
        <source>migreview report: the signatures were not checked: %1</source>
        <translation>migreview report: die Signaturen wurden nicht geprüft: %1</translation>
    </message>
    <message>
        <source>migreview report: give one PATH (a migration folder), or --from REVIEW.json</source>
        <translation>migreview report: Geben Sie einen PATH (einen Migrationsordner) oder --from REVIEW.json an</translation>
    </message>
    <message>
        <source>migreview report: --time must be ISO 8601 (2026-12-05T10:00:00Z), not &apos;%1&apos;</source>
        <translation>migreview report: --time muss ISO 8601 sein (2026-12-05T10:00:00Z), nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>migreview report: %1</source>
        <translation>migreview report: %1</translation>
    </message>
    <message>
        <source>migreview report: %1 is not a saved trace (migreview trace --format json -o FILE)</source>
        <translation>migreview report: %1 ist kein gespeicherter Trace (migreview trace --format json -o FILE)</translation>
    </message>
    <message>
        <source>signed by %1 into %2</source>
        <translation>von %1 signiert, in %2</translation>
    </message>
    <message>
        <source>Adds your OpenPGP detached signature of a review JSON to its signature file (REVIEW.json.asc by default): several reviewers sign the same review, one after the other.</source>
        <translation>Fügt Ihre abgetrennte OpenPGP-Signatur eines Review-JSON zu dessen Signaturdatei hinzu (standardmäßig REVIEW.json.asc): Mehrere Reviewer signieren dasselbe Review nacheinander.</translation>
    </message>
    <message>
        <source>The review (migreview report --format json).</source>
        <translation>Das Review (migreview report --format json).</translation>
    </message>
    <message>
        <source>The signing key (fingerprint, key id or e-mail; default: gpg&apos;s default key).</source>
        <translation>Der Signaturschlüssel (Fingerabdruck, Schlüssel-ID oder E-Mail; Standard: der Standardschlüssel von gpg).</translation>
    </message>
    <message>
        <source>The signature file to add to (default REVIEW.json.asc); a new one is made if missing.</source>
        <translation>Die Signaturdatei, zu der hinzugefügt wird (Standard: REVIEW.json.asc); fehlt sie, wird eine neue angelegt.</translation>
    </message>
    <message>
        <source>migreview sign: give one REVIEW.json</source>
        <translation>migreview sign: Geben Sie eine REVIEW.json an</translation>
    </message>
    <message>
        <source>migreview sign: %1: %2</source>
        <translation>migreview sign: %1: %2</translation>
    </message>
    <message>
        <source>migreview sign: %1 is not in canonical form (changed after migreview wrote it): not signing it</source>
        <translation>migreview sign: %1 ist nicht in kanonischer Form (nach dem Schreiben durch migreview geändert): wird nicht signiert</translation>
    </message>
    <message>
        <source>migreview sign: %1</source>
        <translation>migreview sign: %1</translation>
    </message>
    <message>
        <source>migreview sign: cannot read %1: %2</source>
        <translation>migreview sign: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Checks a signed review: every OpenPGP signature (valid, whose key, how trusted), that the JSON is canonical and unmodified, and with --repo that every migration file still has the hash the review recorded. Exits 0 when all holds, 1 when something does not, 2 when the review cannot be read.</source>
        <translation>Prüft ein signiertes Review: jede OpenPGP-Signatur (gültig, wessen Schlüssel, wie vertrauenswürdig), dass das JSON kanonisch und unverändert ist, und mit --repo, dass jede Migrationsdatei noch den im Review festgehaltenen Hash hat. Beendet sich mit 0, wenn alles zutrifft, mit 1, wenn etwas nicht zutrifft, und mit 2, wenn das Review nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>The review.</source>
        <translation>Das Review.</translation>
    </message>
    <message>
        <source>A signature file (repeatable; default REVIEW.json.asc).</source>
        <translation>Eine Signaturdatei (wiederholbar; Standard: REVIEW.json.asc).</translation>
    </message>
    <message>
        <source>The migration repository now: report files changed, added or removed since the review.</source>
        <translation>Das Migrations-Repository im jetzigen Stand: Dateien melden, die seit dem Review geändert, hinzugefügt oder entfernt wurden.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (Standard) oder json.</translation>
    </message>
    <message>
        <source>migreview verify: give one REVIEW.json; --format is text or json</source>
        <translation>migreview verify: Geben Sie eine REVIEW.json an; --format ist text oder json</translation>
    </message>
    <message>
        <source>migreview verify: cannot read %1: %2</source>
        <translation>migreview verify: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no signature: %1 does not exist</source>
        <translation>keine Signatur: %1 existiert nicht</translation>
    </message>
    <message>
        <source>migreview verify: %1: %2</source>
        <translation>migreview verify: %1: %2</translation>
    </message>
    <message>
        <source>the JSON is not in canonical form: it was changed after migreview wrote it</source>
        <translation>das JSON ist nicht in kanonischer Form: Es wurde geändert, nachdem migreview es geschrieben hat</translation>
    </message>
    <message>
        <source>migreview verify: %1</source>
        <translation>migreview verify: %1</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2)
</source>
        <translation>%1 (SHA-256 %2)
</translation>
    </message>
    <message>
        <source>    signed %1
</source>
        <translation>    signiert %1
</translation>
    </message>
    <message>
        <source>VERIFIED: signed, unmodified%1.
</source>
        <translation>VERIFIZIERT: signiert, unverändert%1.
</translation>
    </message>
    <message>
        <source>, and the repository&apos;s migrations are those reviewed</source>
        <translation>, und die Migrationen des Repositorys sind die geprüften</translation>
    </message>
    <message>
        <source>NOT VERIFIED.
</source>
        <translation>NICHT VERIFIZIERT.
</translation>
    </message>
    <message>
        <source>%1 was modified since the review</source>
        <translation>%1 wurde seit dem Review geändert</translation>
    </message>
    <message>
        <source>%1 was added since the review</source>
        <translation>%1 ist seit dem Review hinzugekommen</translation>
    </message>
    <message>
        <source>%1 was removed since the review</source>
        <translation>%1 wurde seit dem Review entfernt</translation>
    </message>
    <message>
        <source>Review a pull request: analyse HEAD&apos;s whole history, report the migrations BASE..HEAD added, modified or deleted (BASE...HEAD: from their merge base).</source>
        <translation>Einen Pull-Request prüfen: die ganze Geschichte von HEAD analysieren, die Migrationen melden, die BASE..HEAD hinzufügt, ändert oder löscht (BASE...HEAD: ab der gemeinsamen Basis).</translation>
    </message>
    <message>
        <source>With --git-range, also list the findings outside the range, marked as context (never counted).</source>
        <translation>Mit --git-range auch die Befunde außerhalb des Bereichs auflisten, als Kontext markiert (nie gezählt).</translation>
    </message>
    <message>
        <source>Statistics snapshot (JSON): the pull-request summary (markdown) estimates how long locks are held.</source>
        <translation>Statistik-Snapshot (JSON): die Zusammenfassung des Pull-Requests (markdown) schätzt, wie lange Sperren gehalten werden.</translation>
    </message>
    <message>
        <source>migreview lint: --all goes with --git-range (without a range every finding is listed)</source>
        <translation>migreview lint: --all gehört zu --git-range (ohne Bereich wird jeder Befund aufgelistet)</translation>
    </message>
    <message>
        <source>migreview lint: %1</source>
        <translation>migreview lint: %1</translation>
    </message>
    <message>
        <source>Review a pull request: estimate the migrations BASE..HEAD (or BASE...HEAD) added or modified, over the whole history.</source>
        <translation>Einen Pull-Request prüfen: die Migrationen schätzen, die BASE..HEAD (oder BASE...HEAD) hinzufügt oder ändert, über die ganze Geschichte.</translation>
    </message>
    <message>
        <source>With --git-range, also estimate the migrations outside the range.</source>
        <translation>Mit --git-range auch die Migrationen außerhalb des Bereichs schätzen.</translation>
    </message>
    <message>
        <source>Review a pull request: the whole history&apos;s graph, with the violations that touch a migration BASE..HEAD (or BASE...HEAD) added or modified.</source>
        <translation>Einen Pull-Request prüfen: der Graph der ganzen Geschichte, mit den Verstößen, die eine von BASE..HEAD (oder BASE...HEAD) hinzugefügte oder geänderte Migration berühren.</translation>
    </message>
    <message>
        <source>With --git-range, also report the violations outside the range.</source>
        <translation>Mit --git-range auch die Verstöße außerhalb des Bereichs melden.</translation>
    </message>
    <message>
        <source>The repository has no down scripts by design: do not ask for them (default: inferred, forward-only when no migration has one; forward_only in .migreview.toml).</source>
        <translation>Das Repository hat absichtlich keine Down-Skripte: nicht danach fragen (Vorgabe: erschlossen, nur vorwärts, wenn keine Migration eines hat; forward_only in .migreview.toml).</translation>
    </message>
</context>
<context>
    <name>migreview::estimate</name>
    <message>
        <source>the sort (%1) exceeds maintenance_work_mem (%2) and spills to disk</source>
        <translation>die Sortierung (%1) übersteigt maintenance_work_mem (%2) und wird auf die Platte ausgelagert</translation>
    </message>
    <message numerus="yes">
        <source>%n parallel maintenance worker(s) for B-tree builds</source>
        <translation>
            <numerusform>%n paralleler Wartungs-Worker für B-Baum-Aufbau</numerusform>
            <numerusform>%n parallele Wartungs-Worker für B-Baum-Aufbau</numerusform>
        </translation>
    </message>
    <message>
        <source>the table is created by this migration and still empty</source>
        <translation>die Tabelle wird von dieser Migration angelegt und ist noch leer</translation>
    </message>
    <message>
        <source>catalog change only, once the lock is granted</source>
        <translation>nur eine Katalogänderung, sobald die Sperre gewährt ist</translation>
    </message>
    <message>
        <source>the table is not in the statistics snapshot</source>
        <translation>die Tabelle ist nicht im Statistik-Snapshot</translation>
    </message>
    <message>
        <source>reads %1 of heap at %2/s</source>
        <translation>liest %1 Heap mit %2/s</translation>
    </message>
    <message>
        <source>sorts %1 rows into a new index at %2 rows/s</source>
        <translation>sortiert %1 Zeilen in einen neuen Index mit %2 Zeilen/s</translation>
    </message>
    <message numerus="yes">
        <source>writes %1 of heap at %2/s and rebuilds %n index(es)</source>
        <translation>
            <numerusform>schreibt %1 Heap mit %2/s und baut %n Index neu auf</numerusform>
            <numerusform>schreibt %1 Heap mit %2/s und baut %n Indexe neu auf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>writes %1 rows at %2 rows/s (%n index(es) to update)</source>
        <translation>
            <numerusform>schreibt %1 Zeilen mit %2 Zeilen/s (%n Index zu aktualisieren)</numerusform>
            <numerusform>schreibt %1 Zeilen mit %2 Zeilen/s (%n Indexe zu aktualisieren)</numerusform>
        </translation>
    </message>
    <message>
        <source>default rates (the snapshot is not calibrated)</source>
        <translation>Standardraten (der Snapshot ist nicht kalibriert)</translation>
    </message>
    <message>
        <source>no WHERE clause: every row</source>
        <translation>keine WHERE-Klausel: jede Zeile</translation>
    </message>
    <message>
        <source>%1 IS NULL: %2% of rows (pg_stats.null_frac)</source>
        <translation>%1 IS NULL: %2 % der Zeilen (pg_stats.null_frac)</translation>
    </message>
    <message>
        <source>%1 = %2: %3% of rows (a most common value)</source>
        <translation>%1 = %2: %3 % der Zeilen (ein häufigster Wert)</translation>
    </message>
    <message>
        <source>%1 = %2: 1 of %3 distinct values</source>
        <translation>%1 = %2: 1 von %3 verschiedenen Werten</translation>
    </message>
    <message>
        <source>a condition the statistics do not size: one third of the rows, as the planner assumes</source>
        <translation>eine Bedingung, die die Statistik nicht beziffert: ein Drittel der Zeilen, wie der Planer annimmt</translation>
    </message>
    <message>
        <source>INSERT/COPY: sized as the whole table; the statistics do not say how many rows arrive</source>
        <translation>INSERT/COPY: bemessen als ganze Tabelle; die Statistik sagt nicht, wie viele Zeilen hinzukommen</translation>
    </message>
    <message>
        <source>no parallel workers: the heap is too small or maintenance_work_mem too low</source>
        <translation>keine parallelen Worker: der Heap ist zu klein oder maintenance_work_mem zu niedrig</translation>
    </message>
    <message>
        <source>reads the referenced table&apos;s %1 too</source>
        <translation>liest auch die %1 der referenzierten Tabelle</translation>
    </message>
    <message>
        <source>%1 BETWEEN %2 AND %3: %4% of rows (pg_stats.histogram_bounds)</source>
        <translation>%1 BETWEEN %2 AND %3: %4 % der Zeilen (pg_stats.histogram_bounds)</translation>
    </message>
    <message>
        <source>joins %1 referencing rows at %2 rows/s with %3 referenced rows at %4 rows/s</source>
        <translation>verknüpft %1 referenzierende Zeilen mit %2 Zeilen/s mit %3 referenzierten Zeilen mit %4 Zeilen/s</translation>
    </message>
    <message>
        <source>the validated CHECK %1 proves the column has no nulls: no scan (PostgreSQL 12+)</source>
        <translation>der validierte CHECK %1 belegt, dass die Spalte keine NULL-Werte enthält: kein Scan (PostgreSQL 12+)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>unbekannt: %1</translation>
    </message>
    <message>
        <source>~%1 (%2 to %3)</source>
        <translation>~%1 (%2 bis %3)</translation>
    </message>
</context>
<context>
    <name>migreview::graph</name>
    <message>
        <source>%1 is dropped or renamed away at %2:%3, and used afterwards at %4:%5</source>
        <translation>%1 wird in %2:%3 gelöscht oder umbenannt und danach in %4:%5 verwendet</translation>
    </message>
    <message>
        <source>%1 is validated at %2:%3 before the backfill at %4:%5 that fills it</source>
        <translation>%1 wird in %2:%3 validiert, vor der Nachbefüllung in %4:%5, die es füllt</translation>
    </message>
    <message>
        <source>%1 is read at %2:%3 before it is added at %4:%5</source>
        <translation>%1 wird in %2:%3 gelesen, bevor es in %4:%5 hinzugefügt wird</translation>
    </message>
    <message>
        <source>creates %1 -&gt; referenced by a foreign key</source>
        <translation>legt %1 an -&gt; von einem Fremdschlüssel referenziert</translation>
    </message>
    <message>
        <source>a foreign key at %1:%2 references %3, which is created only at %4:%5</source>
        <translation>ein Fremdschlüssel in %1:%2 referenziert %3, das erst in %4:%5 angelegt wird</translation>
    </message>
    <message>
        <source>creates %1 -&gt; uses it</source>
        <translation>legt %1 an -&gt; verwendet es</translation>
    </message>
    <message>
        <source>fills %1 -&gt; checks or reads it</source>
        <translation>füllt %1 -&gt; prüft oder liest es</translation>
    </message>
    <message>
        <source>last use of %1 -&gt; drops it</source>
        <translation>letzte Verwendung von %1 -&gt; löscht es</translation>
    </message>
    <message>
        <source>Graphviz could not read the graph</source>
        <translation>Graphviz konnte den Graphen nicht lesen</translation>
    </message>
    <message>
        <source>Graphviz could not lay the graph out</source>
        <translation>Graphviz konnte den Graphen nicht anordnen</translation>
    </message>
    <message>
        <source>Graphviz could not render the format %1</source>
        <translation>Graphviz konnte das Format %1 nicht ausgeben</translation>
    </message>
    <message>
        <source>creates index %1 -&gt; drops it</source>
        <translation>legt den Index %1 an -&gt; löscht ihn</translation>
    </message>
    <message>
        <source>%1 is expanded (%2) and contracted (%3) in the same migration: the application version still running during the deploy uses what is gone</source>
        <translation>%1 wird in derselben Migration erweitert (%2) und zurückgebaut (%3): die während des Deployments noch laufende Anwendungsversion verwendet, was entfernt wurde</translation>
    </message>
    <message>
        <source>%1 requires %2</source>
        <translation>%1 setzt %2 voraus</translation>
    </message>
    <message>
        <source>%1 requires itself</source>
        <translation>%1 setzt sich selbst voraus</translation>
    </message>
    <message>
        <source>%1 (%2) requires %3, which is applied only later (%4): the order and the requirement form a cycle</source>
        <translation>%1 (%2) setzt %3 voraus, das erst später angewendet wird (%4): Reihenfolge und Voraussetzung bilden einen Zyklus</translation>
    </message>
    <message>
        <source>%1 (%2) requires %3, which no migration of the repository is</source>
        <translation>%1 (%2) setzt %3 voraus, das keine Migration des Repositorys ist</translation>
    </message>
</context>
<context>
    <name>migreview::lint</name>
    <message>
        <source>&quot;%1&quot; must be an array of strings</source>
        <translation>&quot;%1&quot; muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3: %4</translation>
    </message>
    <message>
        <source>%1: pg_version must be a number from 11 to 17</source>
        <translation>%1: pg_version muss eine Zahl von 11 bis 17 sein</translation>
    </message>
    <message>
        <source>rules.levels.%1 must be &quot;error&quot;, &quot;warning&quot; or &quot;info&quot;</source>
        <translation>rules.levels.%1 muss &quot;error&quot;, &quot;warning&quot; oder &quot;info&quot; sein</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot; (see: migreview rules)</source>
        <translation>unbekannte Regel &quot;%1&quot; (siehe: migreview rules)</translation>
    </message>
    <message>
        <source>transactions.%1 must be one of wrapped, auto-detected, single-query, per-statement</source>
        <translation>transactions.%1 muss einer der Werte wrapped, auto-detected, single-query, per-statement sein</translation>
    </message>
    <message>
        <source>cannot read the configuration %1: %2</source>
        <translation>die Konfiguration %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the configuration %1 is too large</source>
        <translation>die Konfiguration %1 ist zu groß</translation>
    </message>
    <message>
        <source>The file is not valid PostgreSQL.</source>
        <translation>Die Datei ist kein gültiges PostgreSQL-SQL.</translation>
    </message>
    <message>
        <source>PostgreSQL will refuse the migration. The statements around the error that parse on their own are still checked.</source>
        <translation>PostgreSQL wird die Migration ablehnen. Die Anweisungen rund um den Fehler, die sich für sich allein parsen lassen, werden trotzdem geprüft.</translation>
    </message>
    <message>
        <source>The file cannot be read as SQL text.</source>
        <translation>Die Datei kann nicht als SQL-Text gelesen werden.</translation>
    </message>
    <message>
        <source>A migration must be UTF-8 SQL text of a sensible size.</source>
        <translation>Eine Migration muss SQL-Text in UTF-8 von vernünftiger Größe sein.</translation>
    </message>
    <message>
        <source>The tool may skip, misorder or refuse this migration.</source>
        <translation>Das Werkzeug überspringt diese Migration möglicherweise, führt sie in falscher Reihenfolge aus oder lehnt sie ab.</translation>
    </message>
    <message>
        <source>Databases that already applied the migration will not run the new version; the tool may refuse to start (checksum mismatch).</source>
        <translation>Datenbanken, auf die die Migration bereits angewendet wurde, führen die neue Version nicht aus; das Werkzeug verweigert möglicherweise den Start (abweichende Prüfsumme).</translation>
    </message>
    <message>
        <source>Leave applied migrations as they are and add a new migration with the change.</source>
        <translation>Lassen Sie bereits angewendete Migrationen unverändert und fügen Sie eine neue Migration mit der Änderung hinzu.</translation>
    </message>
    <message>
        <source>%1: a NUL byte at offset %2: not a TOML text</source>
        <translation>%1: ein NUL-Byte an Offset %2: kein TOML-Text</translation>
    </message>
    <message>
        <source>%1: not valid UTF-8</source>
        <translation>%1: kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>%1:%2: an invalid escape sequence</source>
        <translation>%1:%2: eine ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>%1:%2: a non-ASCII character in a literal string: write it in a &quot;basic string&quot;</source>
        <translation>%1:%2: ein Nicht-ASCII-Zeichen in einem Literal-String: Schreiben Sie es in einen &quot;Basic-String&quot;</translation>
    </message>
    <message>
        <source>%1:%2: a string that is not closed</source>
        <translation>%1:%2: ein String, der nicht geschlossen wird</translation>
    </message>
    <message>
        <source>%1:%2: a non-ASCII character outside a string or a comment</source>
        <translation>%1:%2: ein Nicht-ASCII-Zeichen außerhalb eines Strings oder Kommentars</translation>
    </message>
    <message>
        <source>in one transaction</source>
        <translation>in einer Transaktion</translation>
    </message>
    <message>
        <source>in a transaction unless a statement cannot run in one</source>
        <translation>in einer Transaktion, außer eine Anweisung kann nicht in einer laufen</translation>
    </message>
    <message>
        <source>as one query (one implicit transaction)</source>
        <translation>als eine Abfrage (eine implizite Transaktion)</translation>
    </message>
    <message>
        <source>statement by statement, without a transaction</source>
        <translation>Anweisung für Anweisung, ohne Transaktion</translation>
    </message>
    <message>
        <source>%1 exists at BASE and this range deletes it: databases that applied it keep its effects, and the tool may refuse to run without it. Leave it, and undo its effects in a new migration.</source>
        <translation>%1 existiert in BASE, und dieser Bereich löscht sie: Datenbanken, die sie angewendet haben, behalten ihre Wirkung, und das Werkzeug verweigert womöglich den Lauf ohne sie. Lassen Sie sie stehen und machen Sie ihre Wirkung in einer neuen Migration rückgängig.</translation>
    </message>
    <message>
        <source>changes its text</source>
        <translation>ändert ihren Text</translation>
    </message>
    <message>
        <source>changes only whitespace, comments or letter case (the statements are the same)</source>
        <translation>ändert nur Leerraum, Kommentare oder Groß-/Kleinschreibung (die Anweisungen sind dieselben)</translation>
    </message>
    <message>
        <source>reorders its statements</source>
        <translation>ordnet ihre Anweisungen um</translation>
    </message>
    <message numerus="yes">
        <source>changes its statements: %n new or changed</source>
        <translation>
            <numerusform>ändert ihre Anweisungen: %n neu oder geändert</numerusform>
            <numerusform>ändert ihre Anweisungen: %n neu oder geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>changes its statements: %n removed</source>
        <translation>
            <numerusform>ändert ihre Anweisungen: %n entfernt</numerusform>
            <numerusform>ändert ihre Anweisungen: %n entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>changes its statements: %1 new or changed, %2 removed</source>
        <translation>ändert ihre Anweisungen: %1 neu oder geändert, %2 entfernt</translation>
    </message>
    <message>
        <source> (the first at line %1)</source>
        <translation> (die erste in Zeile %1)</translation>
    </message>
    <message>
        <source>changes how the tool runs it: %1 at BASE, %2 now%3</source>
        <translation>ändert, wie das Werkzeug sie ausführt: %1 in BASE, jetzt %2%3</translation>
    </message>
    <message>
        <source> (its metadata.toml)</source>
        <translation> (ihre metadata.toml)</translation>
    </message>
    <message>
        <source>%1 exists at BASE and this range %2: databases that already applied it will not run the new version. Leave it as it is and put the change in a new migration.</source>
        <translation>%1 existiert in BASE, und dieser Bereich %2: Datenbanken, die sie schon angewendet haben, führen die neue Fassung nicht aus. Lassen Sie sie, wie sie ist, und bringen Sie die Änderung in einer neuen Migration.</translation>
    </message>
    <message>
        <source>; it </source>
        <translation>; er </translation>
    </message>
    <message>
        <source>%1 exists at BASE and this range %2, but %3 checksums applied files: databases that applied it will refuse to migrate (checksum mismatch) until it is repaired. Revert the edit.</source>
        <translation>%1 existiert in BASE, und dieser Bereich %2, aber %3 prüft Prüfsummen angewendeter Dateien: Datenbanken, die sie angewendet haben, verweigern die Migration (Prüfsummenfehler), bis sie repariert ist. Nehmen Sie die Änderung zurück.</translation>
    </message>
    <message>
        <source>%1 exists at BASE and this range %2: harmless to databases, but history should stay as it was applied.</source>
        <translation>%1 existiert in BASE, und dieser Bereich %2: für Datenbanken harmlos, aber die Geschichte sollte bleiben, wie sie angewendet wurde.</translation>
    </message>
    <message>
        <source>%1: forward_only must be true or false</source>
        <translation>%1: forward_only muss true oder false sein</translation>
    </message>
</context>
<context>
    <name>migreview::locks</name>
    <message>
        <source>blocks all reads and writes</source>
        <translation>alle Lese- und Schreibzugriffe blockiert</translation>
    </message>
    <message>
        <source>blocks writes and row-locking reads</source>
        <translation>Schreibzugriffe und zeilensperrende Lesezugriffe blockiert</translation>
    </message>
    <message>
        <source>blocks writes (INSERT, UPDATE, DELETE)</source>
        <translation>Schreibzugriffe (INSERT, UPDATE, DELETE) blockiert</translation>
    </message>
    <message>
        <source>blocks other schema changes and VACUUM, not reads or writes</source>
        <translation>andere Schemaänderungen und VACUUM blockiert, aber keine Lese- oder Schreibzugriffe</translation>
    </message>
    <message>
        <source>blocks schema changes and CREATE INDEX, not reads or writes</source>
        <translation>Schemaänderungen und CREATE INDEX blockiert, aber keine Lese- oder Schreibzugriffe</translation>
    </message>
    <message>
        <source>blocks only ACCESS EXCLUSIVE schema changes</source>
        <translation>nur Schemaänderungen mit ACCESS EXCLUSIVE blockiert</translation>
    </message>
    <message>
        <source>blocks nothing</source>
        <translation>nichts blockiert</translation>
    </message>
    <message>
        <source>catalog only</source>
        <translation>nur Katalog</translation>
    </message>
    <message>
        <source>full scan</source>
        <translation>vollständiger Lesedurchgang</translation>
    </message>
    <message>
        <source>index build</source>
        <translation>Indexaufbau</translation>
    </message>
    <message>
        <source>row writes</source>
        <translation>Zeilenschreibvorgänge</translation>
    </message>
    <message>
        <source>rewrite</source>
        <translation>Neuschreiben</translation>
    </message>
</context>
<context>
    <name>migreview::report</name>
    <message>
        <source>suppressed by %1</source>
        <translation>unterdrückt durch %1</translation>
    </message>
    <message>
        <source>fix</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>%1 file(s), %2 statement(s): %3 error(s), %4 warning(s), %5 info, %6 suppressed</source>
        <translation>%1 Datei(en), %2 Anweisung(en): %3 Fehler, %4 Warnung(en), %5 Info, %6 unterdrückt</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>unbekannt (%1)</translation>
    </message>
    <message>
        <source>~%1 (%2 to %3)</source>
        <translation>~%1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>no table lock</source>
        <translation>keine Tabellensperre</translation>
    </message>
    <message>
        <source>takes %1</source>
        <translation>dauert %1</translation>
    </message>
    <message>
        <source>locks held to the end of the transaction: %1</source>
        <translation>Sperren gehalten bis zum Ende der Transaktion: %1</translation>
    </message>
    <message>
        <source>Per table, time its writes are blocked (reads too, for ACCESS EXCLUSIVE):</source>
        <translation>Pro Tabelle die Zeit, in der Schreibzugriffe blockiert sind (bei ACCESS EXCLUSIVE auch Lesezugriffe):</translation>
    </message>
    <message>
        <source>writes %1</source>
        <translation>Schreiben %1</translation>
    </message>
    <message>
        <source>reads %1</source>
        <translation>Lesen %1</translation>
    </message>
    <message>
        <source>No statistics snapshot: durations of work on existing tables are unknown.</source>
        <translation>Kein Statistik-Snapshot: Die Dauer von Arbeit an bestehenden Tabellen ist unbekannt.</translation>
    </message>
    <message>
        <source>Statistics: %1 (%2).</source>
        <translation>Statistik: %1 (%2).</translation>
    </message>
    <message>
        <source>calibrated</source>
        <translation>kalibriert</translation>
    </message>
    <message>
        <source>default rates</source>
        <translation>Standardraten</translation>
    </message>
    <message>
        <source>Lock and duration estimates</source>
        <translation>Schätzung von Sperren und Dauern</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>locks</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>takes</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>locks held</source>
        <translation>Sperren gehalten</translation>
    </message>
    <message>
        <source>a sign-off needs a name: &quot;Name &lt;email&gt;|role|approve or request-changes|comment&quot;</source>
        <translation>eine Freigabe braucht einen Namen: &quot;Name &lt;E-Mail&gt;|Rolle|approve oder request-changes|Kommentar&quot;</translation>
    </message>
    <message>
        <source>a sign-off&apos;s verdict is approve or request-changes, not &apos;%1&apos;</source>
        <translation>die Entscheidung einer Freigabe ist approve oder request-changes, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON an Offset %1: %2</translation>
    </message>
    <message>
        <source>not a migreview review (&quot;format&quot; is not &quot;migreview-review&quot;)</source>
        <translation>kein migreview-Review (&quot;format&quot; ist nicht &quot;migreview-review&quot;)</translation>
    </message>
    <message>
        <source>the review has schema version %1; this migreview reads version %2 and older: update migreview</source>
        <translation>das Review hat die Schemaversion %1; dieses migreview liest Version %2 und älter: Aktualisieren Sie migreview</translation>
    </message>
    <message>
        <source>the review has no valid schema version</source>
        <translation>das Review hat keine gültige Schemaversion</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a review</source>
        <translation>%1 ist zu groß für ein Review</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>## migreview review of `%1`</source>
        <translation>## migreview-Review von `%1`</translation>
    </message>
    <message>
        <source> at `%1`</source>
        <translation> bei `%1`</translation>
    </message>
    <message>
        <source>| migrations | statements | errors | warnings | infos | suppressed | expected duration |
|---:|---:|---:|---:|---:|---:|---:|
</source>
        <translation>| Migrationen | Anweisungen | Fehler | Warnungen | Hinweise | unterdrückt | erwartete Dauer |
|---:|---:|---:|---:|---:|---:|---:|
</translation>
    </message>
    <message>
        <source>unknown (no statistics)</source>
        <translation>unbekannt (keine Statistik)</translation>
    </message>
    <message>
        <source>Safe rewrite</source>
        <translation>Sichere Umformulierung</translation>
    </message>
    <message>
        <source>### Blocking findings</source>
        <translation>### Blockierende Befunde</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>### Estimated lock times</source>
        <translation>### Geschätzte Sperrzeiten</translation>
    </message>
    <message>
        <source>| table | strongest lock | writes wait | reads wait |
|---|---|---:|---:|
</source>
        <translation>| Tabelle | stärkste Sperre | Schreibzugriffe warten | Lesezugriffe warten |
|---|---|---:|---:|
</translation>
    </message>
    <message>
        <source>### Ordering (expand, backfill, contract)</source>
        <translation>### Reihenfolge (Erweitern, Nachbefüllen, Zurückbauen)</translation>
    </message>
    <message>
        <source>### Trace on a scratch copy</source>
        <translation>### Trace auf einer Wegwerfkopie</translation>
    </message>
    <message>
        <source>%1 statements run on a copy of `%2`; %3 of %4 touched columns drifted.</source>
        <translation>%1 Anweisungen auf einer Kopie von `%2` ausgeführt; bei %3 von %4 betroffenen Spalten gab es Drift.</translation>
    </message>
    <message>
        <source>### Sign-offs</source>
        <translation>### Freigaben</translation>
    </message>
    <message>
        <source>| who | role | verdict | comment | when (UTC) |
|---|---|---|---|---|
</source>
        <translation>| Wer | Rolle | Entscheidung | Kommentar | Wann (UTC) |
|---|---|---|---|---|
</translation>
    </message>
    <message>
        <source>&lt;sub&gt;Review JSON SHA-256 `%1`</source>
        <translation>&lt;sub&gt;SHA-256 des Review-JSON `%1`</translation>
    </message>
    <message>
        <source>; signed by %1 (`%2`, %3) at %4</source>
        <translation>; signiert von %1 (`%2`, %3) am %4</translation>
    </message>
    <message>
        <source>; generated %1 by migreview %2&lt;/sub&gt;</source>
        <translation>; erzeugt am %1 von migreview %2&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>Confirm the target server and database</source>
        <translation>Zielserver und Datenbank bestätigen</translation>
    </message>
    <message>
        <source>the production database, PostgreSQL %1</source>
        <translation>die Produktionsdatenbank, PostgreSQL %1</translation>
    </message>
    <message>
        <source>No long-running transactions (a lock request queues behind them, and everything queues behind it)</source>
        <translation>Keine lang laufenden Transaktionen (eine Sperranforderung reiht sich hinter ihnen ein, und alles andere reiht sich hinter ihr ein)</translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>keine Zeilen</translation>
    </message>
    <message>
        <source>Row count of %1, to compare afterwards</source>
        <translation>Zeilenzahl von %1, zum späteren Vergleich</translation>
    </message>
    <message>
        <source>write the number down</source>
        <translation>die Zahl notieren</translation>
    </message>
    <message>
        <source>Bound the waits: a blocked lock request fails instead of stalling the application</source>
        <translation>Wartezeiten begrenzen: Eine blockierte Sperranforderung schlägt fehl, statt die Anwendung aufzuhalten</translation>
    </message>
    <message>
        <source>statement_timeout is twice the longest statement&apos;s high estimate</source>
        <translation>statement_timeout ist das Doppelte der oberen Schätzung der längsten Anweisung</translation>
    </message>
    <message>
        <source>set in the migration tool&apos;s session (PGOPTIONS or its configuration)</source>
        <translation>in der Sitzung des Migrationswerkzeugs gesetzt (PGOPTIONS oder dessen Konfiguration)</translation>
    </message>
    <message>
        <source>Apply %1</source>
        <translation>%1 anwenden</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <source>duration unknown without statistics</source>
        <translation>Dauer ohne Statistik unbekannt</translation>
    </message>
    <message>
        <source>No index left invalid (a failed CREATE INDEX CONCURRENTLY leaves one)</source>
        <translation>Kein ungültiger Index zurückgeblieben (ein fehlgeschlagenes CREATE INDEX CONCURRENTLY hinterlässt einen)</translation>
    </message>
    <message>
        <source>Constraints added NOT VALID are validated</source>
        <translation>Mit NOT VALID hinzugefügte Constraints sind validiert</translation>
    </message>
    <message>
        <source>no rows, or only those a later migration validates</source>
        <translation>keine Zeilen oder nur solche, die eine spätere Migration validiert</translation>
    </message>
    <message>
        <source>Row count of %1 again</source>
        <translation>Erneut die Zeilenzahl von %1</translation>
    </message>
    <message>
        <source>the number from before, unless the migration deletes or inserts rows</source>
        <translation>die Zahl von vorher, sofern die Migration keine Zeilen löscht oder einfügt</translation>
    </message>
    <message>
        <source>A statement fails on lock_timeout: something holds a conflicting lock</source>
        <translation>Eine Anweisung scheitert an lock_timeout: Etwas hält eine konkurrierende Sperre</translation>
    </message>
    <message>
        <source>stop; find the blocker in pg_locks and pg_stat_activity before retrying</source>
        <translation>anhalten; vor einem erneuten Versuch den Blockierer in pg_locks und pg_stat_activity ermitteln</translation>
    </message>
    <message>
        <source>%1:%2 (%3) runs longer than twice its high estimate</source>
        <translation>%1:%2 (%3) läuft länger als das Doppelte seiner oberen Schätzung</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>mehr als %1</translation>
    </message>
    <message>
        <source>Unresolved error %1 at %2:%3: do not start</source>
        <translation>Ungelöster Fehler %1 in %2:%3: nicht beginnen</translation>
    </message>
    <message>
        <source>Roll back %1</source>
        <translation>%1 zurückrollen</translation>
    </message>
    <message>
        <source>the schema as before %1</source>
        <translation>das Schema wie vor %1</translation>
    </message>
    <message>
        <source>Roll back %1: there is no down script</source>
        <translation>%1 zurückrollen: Es gibt kein Down-Skript</translation>
    </message>
    <message>
        <source>a forward fix, or a restore from backup</source>
        <translation>eine Vorwärtskorrektur oder eine Wiederherstellung aus dem Backup</translation>
    </message>
    <message>
        <source>OpenPGP (gpg through GPGME) is not usable: %1</source>
        <translation>OpenPGP (gpg über GPGME) ist nicht nutzbar: %1</translation>
    </message>
    <message>
        <source>cannot list the secret keys: %1</source>
        <translation>die geheimen Schlüssel können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>no secret key %1 in the keyring: %2</source>
        <translation>kein geheimer Schlüssel %1 im Schlüsselbund: %2</translation>
    </message>
    <message>
        <source>the key %1 cannot sign (expired, revoked or without a signing subkey)</source>
        <translation>der Schlüssel %1 kann nicht signieren (abgelaufen, widerrufen oder ohne Signatur-Unterschlüssel)</translation>
    </message>
    <message>
        <source>signing failed: %1</source>
        <translation>Signieren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>signing failed: gpg made no signature</source>
        <translation>Signieren fehlgeschlagen: gpg hat keine Signatur erzeugt</translation>
    </message>
    <message>
        <source>not a signature gpg can read: %1</source>
        <translation>keine Signatur, die gpg lesen kann: %1</translation>
    </message>
    <message>
        <source>BAD signature: the report or the signature was changed after signing</source>
        <translation>UNGÜLTIGE Signatur: der Bericht oder die Signatur wurde nach dem Signieren geändert</translation>
    </message>
    <message>
        <source>the signer&apos;s public key %1 is not in the keyring: import it to check the signature</source>
        <translation>der öffentliche Schlüssel %1 des Unterzeichners ist nicht im Schlüsselbund: Importieren Sie ihn, um die Signatur zu prüfen</translation>
    </message>
    <message>
        <source>good signature, but the key %1 has expired</source>
        <translation>gültige Signatur, aber der Schlüssel %1 ist abgelaufen</translation>
    </message>
    <message>
        <source>good signature, but the key %1 is revoked</source>
        <translation>gültige Signatur, aber der Schlüssel %1 ist widerrufen</translation>
    </message>
    <message>
        <source>good signature by %1 (%2), key validity %3</source>
        <translation>gültige Signatur von %1 (%2), Schlüsselgültigkeit %3</translation>
    </message>
    <message>
        <source>an unnamed key</source>
        <translation>ein unbenannter Schlüssel</translation>
    </message>
    <message>
        <source>the signature could not be checked: %1</source>
        <translation>die Signatur konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>pull request %1 (%2..%3): %4 migration(s) added, %5 modified, %6 deleted</source>
        <translation>Pull-Request %1 (%2..%3): %4 Migration(en) hinzugefügt, %5 geändert, %6 gelöscht</translation>
    </message>
    <message>
        <source>; %1 finding(s) outside the range shown as context, not counted</source>
        <translation>; %1 Befund(e) außerhalb des Bereichs als Kontext gezeigt, nicht gezählt</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>keine Befunde</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 on `%2`</source>
        <translation>%1 auf `%2`</translation>
    </message>
    <message>
        <source>Pull request %1</source>
        <translation>Pull-Request %1</translation>
    </message>
    <message>
        <source>%1 (BASE) to %2 (HEAD): &lt;b&gt;%3 migration(s)&lt;/b&gt; changed (%4 added, %5 modified, %6 deleted); &lt;b&gt;%7&lt;/b&gt;.</source>
        <translation>%1 (BASE) bis %2 (HEAD): &lt;b&gt;%3 Migration(en)&lt;/b&gt; geändert (%4 hinzugefügt, %5 geändert, %6 gelöscht); &lt;b&gt;%7&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Hold times estimated from the statistics of %1.</source>
        <translation>Haltezeiten geschätzt aus der Statistik von %1.</translation>
    </message>
    <message>
        <source>No statistics: hold times are not estimated (File › Load Statistics).</source>
        <translation>Keine Statistik: Haltezeiten werden nicht geschätzt (Datei › Statistik laden).</translation>
    </message>
    <message>
        <source>The range adds or changes no migration.</source>
        <translation>Der Bereich fügt keine Migration hinzu und ändert keine.</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Strongest lock</source>
        <translation>Stärkste Sperre</translation>
    </message>
    <message>
        <source>Estimated hold</source>
        <translation>Geschätzte Haltezeit</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>By class:</source>
        <translation>Nach Klasse:</translation>
    </message>
    <message>
        <source>## migreview: pull request `%1`

</source>
        <translation>## migreview: Pull-Request `%1`

</translation>
    </message>
    <message>
        <source>Compared %1 (BASE) with %2 (HEAD): **%3 migration(s)** changed (%4 added, %5 modified, %6 deleted); **%7**.</source>
        <translation>%1 (BASE) mit %2 (HEAD) verglichen: **%3 Migration(en)** geändert (%4 hinzugefügt, %5 geändert, %6 gelöscht); **%7**.</translation>
    </message>
    <message>
        <source> Hold times estimated from the statistics of %1.</source>
        <translation> Haltezeiten geschätzt aus der Statistik von %1.</translation>
    </message>
    <message>
        <source> No statistics were given: hold times are not estimated (pass --stats FILE).</source>
        <translation> Keine Statistik angegeben: Haltezeiten werden nicht geschätzt (--stats DATEI angeben).</translation>
    </message>
    <message>
        <source>The range adds or changes no migration.
</source>
        <translation>Der Bereich fügt keine Migration hinzu und ändert keine.
</translation>
    </message>
    <message>
        <source>| Migration | Change | Strongest lock | Estimated hold | Errors | Warnings |
</source>
        <translation>| Migration | Änderung | Stärkste Sperre | Geschätzte Haltezeit | Fehler | Warnungen |
</translation>
    </message>
    <message>
        <source>**By class:** %1</source>
        <translation>**Nach Klasse:** %1</translation>
    </message>
    <message>
        <source>
&gt; Truncated: %1 more migration(s) not shown, to stay within GitHub&apos;s %2 characters. `migreview lint --git-range %3` lists every finding.
</source>
        <translation>
&gt; Gekürzt: %1 weitere Migration(en) nicht gezeigt, um unter GitHubs %2 Zeichen zu bleiben. `migreview lint --git-range %3` listet jeden Befund.
</translation>
    </message>
    <message>
        <source>Files: %1

</source>
        <translation>Dateien: %1

</translation>
    </message>
</context>
<context>
    <name>migreview::reportrender</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>Migration review</source>
        <translation>Migrations-Review</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source> (with uncommitted changes)</source>
        <translation> (mit nicht eingecheckten Änderungen)</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Pull request range</source>
        <translation>Pull-Request-Bereich</translation>
    </message>
    <message>
        <source>Generated (UTC)</source>
        <translation>Erzeugt (UTC)</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Target PostgreSQL</source>
        <translation>Ziel-PostgreSQL</translation>
    </message>
    <message>
        <source>Review JSON SHA-256</source>
        <translation>SHA-256 des Review-JSON</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signiert von</translation>
    </message>
    <message>
        <source>%1, key %2, %3 (%4)</source>
        <translation>%1, Schlüssel %2, %3 (%4)</translation>
    </message>
    <message>
        <source>nobody yet: sign the JSON with migreview report --sign or migreview sign</source>
        <translation>noch niemand: Signieren Sie das JSON mit migreview report --sign oder migreview sign</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Locks and their estimated times</source>
        <translation>Sperren und ihre geschätzten Zeiten</translation>
    </message>
    <message>
        <source>Dependency graph</source>
        <translation>Abhängigkeitsgraph</translation>
    </message>
    <message>
        <source>Trace on a scratch copy</source>
        <translation>Trace auf einer Wegwerfkopie</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Reviewed files</source>
        <translation>Geprüfte Dateien</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <source>statements</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>infos</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>unterdrückt</translation>
    </message>
    <message>
        <source>expected duration</source>
        <translation>erwartete Dauer</translation>
    </message>
    <message>
        <source>Statistics: %1, PostgreSQL %2, captured %3, snapshot SHA-256 %4%5.</source>
        <translation>Statistik: %1, PostgreSQL %2, erfasst %3, Snapshot-SHA-256 %4%5.</translation>
    </message>
    <message>
        <source>, calibrated</source>
        <translation>, kalibriert</translation>
    </message>
    <message>
        <source>No statistics snapshot: lock times are not estimated.</source>
        <translation>Kein Statistik-Snapshot: Sperrzeiten werden nicht geschätzt.</translation>
    </message>
    <message>
        <source>None recorded in the review.</source>
        <translation>Keine im Review festgehalten.</translation>
    </message>
    <message>
        <source>who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>when (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>suppressed: %1</source>
        <translation>unterdrückt: %1</translation>
    </message>
    <message>
        <source>Safe rewrite:</source>
        <translation>Sichere Umformulierung:</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>strongest lock</source>
        <translation>stärkste Sperre</translation>
    </message>
    <message>
        <source>writes wait</source>
        <translation>Schreibzugriffe warten</translation>
    </message>
    <message>
        <source>reads wait</source>
        <translation>Lesezugriffe warten</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>locks</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>locks held</source>
        <translation>Sperren gehalten</translation>
    </message>
    <message>
        <source>%1 statements, %2 dependencies; critical path %3.</source>
        <translation>%1 Anweisungen, %2 Abhängigkeiten; kritischer Pfad %3.</translation>
    </message>
    <message>
        <source>Run on a copy of %1 (PostgreSQL %2), made by %3.</source>
        <translation>Ausgeführt auf einer Kopie von %1 (PostgreSQL %2), angelegt durch %3.</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>gemessen</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>geschätzt</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>: drift</source>
        <translation>: Drift</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>expect</source>
        <translation>Erwartung</translation>
    </message>
    <message>
        <source>Not shown: not UTF-8 text (the hash still binds it).</source>
        <translation>Nicht angezeigt: kein UTF-8-Text (der Hash erfasst ihn trotzdem).</translation>
    </message>
    <message>
        <source>Migration review: %1</source>
        <translation>Migrations-Review: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot set up the PDF page</source>
        <translation>die PDF-Seite kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Review JSON SHA-256 %1</source>
        <translation>SHA-256 des Review-JSON %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>migreview::repository</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner existiert nicht</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>too large to be a migration (%1 MiB; the limit is %2 MiB)</source>
        <translation>zu groß für eine Migration (%1 MiB; die Grenze liegt bei %2 MiB)</translation>
    </message>
    <message>
        <source>not a regular file (a pipe, socket or device)</source>
        <translation>keine reguläre Datei (eine Pipe, ein Socket oder ein Gerät)</translation>
    </message>
    <message>
        <source>unknown libgit2 error</source>
        <translation>unbekannter libgit2-Fehler</translation>
    </message>
    <message>
        <source>cannot read from git: %1</source>
        <translation>kann nicht aus Git lesen: %1</translation>
    </message>
    <message>
        <source>%1 is not in a git repository, so the range %2 cannot be read</source>
        <translation>%1 liegt in keinem Git-Repository, daher kann der Bereich %2 nicht gelesen werden</translation>
    </message>
    <message>
        <source>the git repository of %1 has no working tree</source>
        <translation>das Git-Repository von %1 hat keinen Arbeitsbaum</translation>
    </message>
    <message>
        <source>cannot find %1 (the BASE of %2) in the git repository at %3: %4</source>
        <translation>%1 (die BASE von %2) ist im Git-Repository unter %3 nicht zu finden: %4</translation>
    </message>
    <message>
        <source>cannot find %1 (the HEAD of %2) in the git repository at %3: %4</source>
        <translation>%1 (der HEAD von %2) ist im Git-Repository unter %3 nicht zu finden: %4</translation>
    </message>
    <message>
        <source>%1 is neither in %2 nor in %3</source>
        <translation>%1 ist weder in %2 noch in %3</translation>
    </message>
    <message>
        <source>%1 is not in a git repository: %2</source>
        <translation>%1 liegt in keinem Git-Repository: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a git range: give it as BASE..HEAD (or BASE...HEAD, from their merge base), for example origin/main..HEAD</source>
        <translation>&quot;%1&quot; ist kein git-Bereich: geben Sie ihn als BASE..HEAD an (oder BASE...HEAD, ab der gemeinsamen Basis), zum Beispiel origin/main..HEAD</translation>
    </message>
    <message>
        <source>%1 and %2 have no common ancestor, so %3 has no merge base to compare with</source>
        <translation>%1 und %2 haben keinen gemeinsamen Vorfahren, also hat %3 keine Basis zum Vergleich</translation>
    </message>
    <message>
        <source>cannot read the merge base of %1: %2</source>
        <translation>die gemeinsame Basis von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 exists at BASE and this range changes it: databases that already applied it will not run the new version</source>
        <translation>%1 existiert in BASE, und dieser Bereich ändert sie: Datenbanken, die sie schon angewendet haben, führen die neue Fassung nicht aus</translation>
    </message>
    <message>
        <source>%1 exists at BASE and this range deletes it: databases that applied it keep its effects, and the tool may refuse to run without it</source>
        <translation>%1 existiert in BASE, und dieser Bereich löscht sie: Datenbanken, die sie angewendet haben, behalten ihre Wirkung, und das Werkzeug verweigert womöglich den Lauf ohne sie</translation>
    </message>
</context>
<context>
    <name>migreview::repository::Loader</name>
    <message>
        <source>UTF-32 text (it starts with a UTF-32 byte order mark): save it as UTF-8</source>
        <translation>UTF-32-Text (er beginnt mit einer UTF-32-Bytereihenfolgemarke): Speichern Sie ihn als UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 text (it starts with a UTF-16 byte order mark): save it as UTF-8</source>
        <translation>UTF-16-Text (er beginnt mit einer UTF-16-Bytereihenfolgemarke): Speichern Sie ihn als UTF-8</translation>
    </message>
    <message>
        <source>binary file: it holds NUL bytes, which SQL text never does</source>
        <translation>Binärdatei: Sie enthält NUL-Bytes, die SQL-Text nie enthält</translation>
    </message>
    <message>
        <source>%1 looks like a Diesel or Prisma migration, but its folder is not named &lt;version&gt;_&lt;name&gt;; it was skipped</source>
        <translation>%1 sieht aus wie eine Diesel- oder Prisma-Migration, aber ihr Ordner heißt nicht &lt;version&gt;_&lt;name&gt;; sie wurde übersprungen</translation>
    </message>
    <message>
        <source>%1 looks like a Flyway migration but is not named V&lt;version&gt;__&lt;description&gt;.sql, U&lt;version&gt;__&lt;description&gt;.sql or R__&lt;description&gt;.sql (the separator is two underscores); Flyway ignores it</source>
        <translation>%1 sieht aus wie eine Flyway-Migration, heißt aber nicht V&lt;version&gt;__&lt;description&gt;.sql, U&lt;version&gt;__&lt;description&gt;.sql oder R__&lt;description&gt;.sql (das Trennzeichen sind zwei Unterstriche); Flyway ignoriert sie</translation>
    </message>
    <message>
        <source>%1 looks like a golang-migrate migration but is not named &lt;version&gt;_&lt;name&gt;.up.sql or &lt;version&gt;_&lt;name&gt;.down.sql; it was skipped</source>
        <translation>%1 sieht aus wie eine golang-migrate-Migration, heißt aber nicht &lt;version&gt;_&lt;name&gt;.up.sql oder &lt;version&gt;_&lt;name&gt;.down.sql; sie wurde übersprungen</translation>
    </message>
    <message>
        <source>%1 has more than one -- migrate:%2 section; dbmate reads the first</source>
        <translation>%1 hat mehr als einen Abschnitt -- migrate:%2; dbmate liest den ersten</translation>
    </message>
    <message>
        <source>%1 has no -- migrate:up section: dbmate refuses to run it</source>
        <translation>%1 hat keinen Abschnitt -- migrate:up: dbmate führt sie nicht aus</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1:%2: this tag line is malformed: %3</source>
        <translation>%1:%2: diese Tag-Zeile ist fehlerhaft: %3</translation>
    </message>
    <message>
        <source>%1:%2: this line is neither a change, a tag, a pragma nor a comment: %3</source>
        <translation>%1:%2: diese Zeile ist weder eine Änderung noch ein Tag, ein Pragma oder ein Kommentar: %3</translation>
    </message>
    <message>
        <source>%1:%2: %3 is reworked without a tag since its previous version</source>
        <translation>%1:%2: %3 wird ohne Tag seit seiner vorigen Version überarbeitet</translation>
    </message>
    <message>
        <source>%1: the change %2 has no deploy script %3</source>
        <translation>%1: die Änderung %2 hat kein Deploy-Skript %3</translation>
    </message>
    <message>
        <source>%1 is not in %2: sqitch never deploys it</source>
        <translation>%1 steht nicht in %2: sqitch setzt sie nie ein</translation>
    </message>
    <message>
        <source>%1 has the same version as %2: each version must be unique</source>
        <translation>%1 hat dieselbe Version wie %2: Jede Version muss eindeutig sein</translation>
    </message>
    <message>
        <source>%1 has no matching up script</source>
        <translation>%1 hat kein passendes Up-Skript</translation>
    </message>
    <message>
        <source>%1 has no down script: %2 expects each up to have its down</source>
        <translation>%1 hat kein Down-Skript: %2 erwartet zu jedem Up sein Down</translation>
    </message>
    <message>
        <source>%1 is a pop migration for %2: pop does not run it on PostgreSQL, so it is not checked</source>
        <translation>%1 ist eine pop-Migration für %2: pop führt sie nicht auf PostgreSQL aus, daher wird sie nicht geprüft</translation>
    </message>
    <message>
        <source>%1 is written in fizz, pop&apos;s own schema language, which pop turns into SQL when it runs: migreview reads SQL migrations only, so it is not checked (and the schema it builds is unknown to later checks)</source>
        <translation>%1 ist in fizz geschrieben, pops eigener Schemasprache, die pop beim Ausführen in SQL übersetzt: migreview liest nur SQL-Migrationen, daher wird sie nicht geprüft (und das Schema, das sie aufbaut, ist späteren Prüfungen unbekannt)</translation>
    </message>
</context>
<context>
    <name>migreview::rules</name>
    <message>
        <source>Adding a column with a volatile default rewrites the whole table.</source>
        <translation>Das Hinzufügen einer Spalte mit volatilem Vorgabewert schreibt die ganze Tabelle neu.</translation>
    </message>
    <message>
        <source>Since PostgreSQL 11 a constant default is stored in the catalog and the ADD COLUMN is instant. A volatile default (random(), clock_timestamp(), gen_random_uuid(), nextval()) must be computed per row, so PostgreSQL rewrites the table under ACCESS EXCLUSIVE; before 11 every default did.</source>
        <translation>Seit PostgreSQL 11 wird ein konstanter Vorgabewert im Katalog gespeichert, und ADD COLUMN erfolgt sofort. Ein volatiler Vorgabewert (random(), clock_timestamp(), gen_random_uuid(), nextval()) muss für jede Zeile berechnet werden, daher schreibt PostgreSQL die Tabelle unter ACCESS EXCLUSIVE neu; vor Version 11 tat das jeder Vorgabewert.</translation>
    </message>
    <message>
        <source>ACCESS EXCLUSIVE for the rewrite: blocks all reads and writes.</source>
        <translation>ACCESS EXCLUSIVE für das Neuschreiben: blockiert alle Lese- und Schreibzugriffe.</translation>
    </message>
    <message>
        <source>its default is volatile</source>
        <translation>ihr Vorgabewert ist volatil</translation>
    </message>
    <message>
        <source>PostgreSQL %1 rewrites the table for any default</source>
        <translation>PostgreSQL %1 schreibt die Tabelle bei jedem Vorgabewert neu</translation>
    </message>
    <message>
        <source>Adding column %1 rewrites %2 because %3; the rewrite %4.</source>
        <translation>Das Hinzufügen der Spalte %1 schreibt %2 neu, denn %3; das Neuschreiben %4.</translation>
    </message>
    <message>
        <source>Add foreign keys to existing tables NOT VALID, then validate them separately.</source>
        <translation>Fügen Sie Fremdschlüssel zu bestehenden Tabellen mit NOT VALID hinzu und validieren Sie sie danach separat.</translation>
    </message>
    <message>
        <source>Adding a validated FOREIGN KEY takes SHARE ROW EXCLUSIVE on both the referencing and the referenced table and holds it while PostgreSQL checks every existing row of the referencing table against the referenced one: inserts, updates and deletes on both tables wait for the whole scan. Added NOT VALID, the constraint is only recorded (new rows are checked at once); VALIDATE CONSTRAINT in a later transaction then scans under SHARE UPDATE EXCLUSIVE on the referencing table and ROW SHARE on the referenced one, which let writes continue.</source>
        <translation>Das Hinzufügen eines validierten FOREIGN KEY sperrt sowohl die referenzierende als auch die referenzierte Tabelle im Modus SHARE ROW EXCLUSIVE und hält die Sperre, während PostgreSQL jede bestehende Zeile der referenzierenden Tabelle gegen die referenzierte prüft: Einfüge-, Änderungs- und Löschvorgänge auf beiden Tabellen warten den gesamten Scan ab. Mit NOT VALID hinzugefügt, wird der Constraint nur eingetragen (neue Zeilen werden sofort geprüft); VALIDATE CONSTRAINT in einer späteren Transaktion durchsucht die Tabelle dann unter SHARE UPDATE EXCLUSIVE auf der referenzierenden und ROW SHARE auf der referenzierten Tabelle; beide Sperren lassen Schreibzugriffe weiterlaufen.</translation>
    </message>
    <message>
        <source>SHARE ROW EXCLUSIVE on both tables for the whole validation: blocks inserts, updates and deletes, allows reads.</source>
        <translation>SHARE ROW EXCLUSIVE auf beiden Tabellen für die gesamte Validierung: blockiert Einfüge-, Änderungs- und Löschvorgänge, erlaubt Lesezugriffe.</translation>
    </message>
    <message>
        <source>Adding column %1 with REFERENCES %2 validates the new foreign key at once: the statement %3, and %4, while it scans %5.</source>
        <translation>Das Hinzufügen der Spalte %1 mit REFERENCES %2 validiert den neuen Fremdschlüssel sofort: Die Anweisung %3, und %4, während sie %5 durchsucht.</translation>
    </message>
    <message>
        <source>Adding foreign key %1 on %2 (%3) validates every existing row: it %4, and %5, until the scan ends.</source>
        <translation>Das Hinzufügen des Fremdschlüssels %1 auf %2 (%3) validiert jede bestehende Zeile: Es %4, und %5, bis der Scan endet.</translation>
    </message>
    <message>
        <source>SET NOT NULL on an existing table scans it under ACCESS EXCLUSIVE.</source>
        <translation>SET NOT NULL auf einer bestehenden Tabelle durchsucht diese unter ACCESS EXCLUSIVE.</translation>
    </message>
    <message>
        <source>ALTER COLUMN ... SET NOT NULL checks every row of the table while holding ACCESS EXCLUSIVE, so all reads and writes wait for a full scan. From PostgreSQL 12 the scan is skipped when a validated CHECK (column IS NOT NULL) constraint already proves the column has no nulls; that check can be added NOT VALID (instant) and validated under SHARE UPDATE EXCLUSIVE, which lets reads and writes continue. Before 12 there is no way around the scan other than keeping the CHECK constraint instead of NOT NULL.</source>
        <translation>ALTER COLUMN ... SET NOT NULL prüft jede Zeile der Tabelle, während es ACCESS EXCLUSIVE hält, sodass alle Lese- und Schreibzugriffe auf einen vollständigen Scan warten. Ab PostgreSQL 12 entfällt der Scan, wenn ein validierter Constraint CHECK (column IS NOT NULL) bereits belegt, dass die Spalte keine NULL-Werte enthält; dieser Check kann mit NOT VALID hinzugefügt (sofort) und unter SHARE UPDATE EXCLUSIVE validiert werden, wobei Lese- und Schreibzugriffe weiterlaufen. Vor Version 12 führt kein Weg um den Scan herum, außer den CHECK-Constraint anstelle von NOT NULL beizubehalten.</translation>
    </message>
    <message>
        <source>ACCESS EXCLUSIVE for the scan: blocks all reads and writes.</source>
        <translation>ACCESS EXCLUSIVE für den Scan: blockiert alle Lese- und Schreibzugriffe.</translation>
    </message>
    <message>
        <source>Setting %1.%2 NOT NULL scans every row of %1: it %3 until the scan ends.</source>
        <translation>Das Setzen von %1.%2 auf NOT NULL durchsucht jede Zeile von %1: Es %3, bis der Scan endet.</translation>
    </message>
    <message>
        <source>PostgreSQL %1 does not use the validated CHECK (%2 IS NOT NULL) to skip the scan; 12 and later do.</source>
        <translation>PostgreSQL %1 nutzt den validierten CHECK (%2 IS NOT NULL) nicht, um den Scan zu überspringen; ab Version 12 geschieht das.</translation>
    </message>
    <message>
        <source>Adding a NOT NULL column without a default fails on a table with rows.</source>
        <translation>Das Hinzufügen einer NOT NULL-Spalte ohne Vorgabewert schlägt bei einer Tabelle mit Zeilen fehl.</translation>
    </message>
    <message>
        <source>A new column is NULL in every existing row unless it has a default (or is generated, identity or serial). With NOT NULL (or PRIMARY KEY) and no default, PostgreSQL refuses the ALTER TABLE as soon as the table holds a row (&quot;column ... contains null values&quot;), so the migration works on an empty development database and fails in production.</source>
        <translation>Eine neue Spalte ist in jeder bestehenden Zeile NULL, es sei denn, sie hat einen Vorgabewert (oder ist eine generierte, Identity- oder serial-Spalte). Mit NOT NULL (oder PRIMARY KEY) und ohne Vorgabewert lehnt PostgreSQL das ALTER TABLE ab, sobald die Tabelle auch nur eine Zeile enthält (&quot;column ... contains null values&quot;); die Migration funktioniert also auf einer leeren Entwicklungsdatenbank und schlägt in der Produktion fehl.</translation>
    </message>
    <message>
        <source>the migrations put rows into %1</source>
        <translation>die Migrationen fügen Zeilen in %1 ein</translation>
    </message>
    <message>
        <source>an earlier migration created %1, and it fills up between deployments</source>
        <translation>eine frühere Migration hat %1 angelegt, und die Tabelle füllt sich zwischen den Deployments</translation>
    </message>
    <message>
        <source>%1 already exists and may hold rows</source>
        <translation>%1 existiert bereits und kann Zeilen enthalten</translation>
    </message>
    <message>
        <source>Adding column %1 %2 without a default fails if %3 has any row (%4): &quot;column %1 contains null values&quot;.</source>
        <translation>Das Hinzufügen der Spalte %1 %2 ohne Vorgabewert schlägt fehl, wenn %3 auch nur eine Zeile enthält (%4): &quot;column %1 contains null values&quot;.</translation>
    </message>
    <message>
        <source>as PRIMARY KEY (which implies NOT NULL)</source>
        <translation>als PRIMARY KEY (was NOT NULL einschließt)</translation>
    </message>
    <message>
        <source>Adding a primary key to an existing table builds its index under ACCESS EXCLUSIVE.</source>
        <translation>Das Hinzufügen eines Primärschlüssels zu einer bestehenden Tabelle erstellt seinen Index unter ACCESS EXCLUSIVE.</translation>
    </message>
    <message>
        <source>ALTER TABLE ... ADD PRIMARY KEY builds the unique index (and checks the columns for nulls) while holding ACCESS EXCLUSIVE, so every read and write waits for the whole build. ADD COLUMN ... SERIAL PRIMARY KEY is worse: the serial (or identity) column fills every row, which rewrites the table, before the index is built. Build the unique index CONCURRENTLY first and attach it with ADD CONSTRAINT ... PRIMARY KEY USING INDEX, which only takes a brief ACCESS EXCLUSIVE (the columns must already be NOT NULL, or it scans for nulls).</source>
        <translation>ALTER TABLE ... ADD PRIMARY KEY erstellt den Unique-Index (und prüft die Spalten auf NULL-Werte), während es ACCESS EXCLUSIVE hält, sodass jeder Lese- und Schreibzugriff auf die gesamte Indexerstellung wartet. ADD COLUMN ... SERIAL PRIMARY KEY ist noch schlimmer: Die serial- (oder Identity-)Spalte wird in jeder Zeile befüllt, was die Tabelle neu schreibt, bevor der Index erstellt wird. Erstellen Sie den Unique-Index zuerst mit CONCURRENTLY und hängen Sie ihn mit ADD CONSTRAINT ... PRIMARY KEY USING INDEX an, das ACCESS EXCLUSIVE nur kurz hält (die Spalten müssen bereits NOT NULL sein, sonst wird nach NULL-Werten gesucht).</translation>
    </message>
    <message>
        <source>ACCESS EXCLUSIVE for the index build: blocks all reads and writes.</source>
        <translation>ACCESS EXCLUSIVE für die Indexerstellung: blockiert alle Lese- und Schreibzugriffe.</translation>
    </message>
    <message>
        <source>Adding primary key %1 on %2 (%3) builds its unique index in place: it %4 until the index is built.</source>
        <translation>Das Hinzufügen des Primärschlüssels %1 auf %2 (%3) erstellt seinen Unique-Index direkt in der Anweisung: Es %4, bis der Index erstellt ist.</translation>
    </message>
    <message>
        <source>Adding %1 as %2 primary key fills the column for every row of %3 (a table rewrite) and then builds the unique index: the statement %4 throughout.</source>
        <translation>Das Hinzufügen von %1 als %2-Primärschlüssel befüllt die Spalte für jede Zeile von %3 (ein Neuschreiben der Tabelle) und erstellt dann den Unique-Index: Die Anweisung %4, und zwar während der gesamten Dauer.</translation>
    </message>
    <message>
        <source>a serial</source>
        <translation>serial</translation>
    </message>
    <message>
        <source>an identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Adding column %1 as the primary key of %2 builds its unique index in place: the statement %3 until the index is built.</source>
        <translation>Das Hinzufügen der Spalte %1 als Primärschlüssel von %2 erstellt ihren Unique-Index direkt in der Anweisung: Die Anweisung %3, bis der Index erstellt ist.</translation>
    </message>
    <message>
        <source>Adding a constraint to a domain scans every table that uses it.</source>
        <translation>Das Hinzufügen eines Constraints zu einer Domäne durchsucht jede Tabelle, die sie verwendet.</translation>
    </message>
    <message>
        <source>ALTER DOMAIN ... ADD CONSTRAINT checks the values of every column of the domain type, in every table that uses it, holding SHARE on each of those tables (writes wait) for the whole check. NOT VALID skips the check now, but ALTER DOMAIN ... VALIDATE CONSTRAINT later scans the same tables under the same SHARE lock (through PostgreSQL 17; 18 validates under SHARE UPDATE EXCLUSIVE), so unlike table constraints there is no write-friendly way to validate it. Put the rule on the columns as table CHECK constraints, which can be added NOT VALID and validated under SHARE UPDATE EXCLUSIVE.</source>
        <translation>ALTER DOMAIN ... ADD CONSTRAINT prüft die Werte jeder Spalte des Domänentyps in jeder Tabelle, die ihn verwendet, und hält dabei für die gesamte Prüfung SHARE auf jeder dieser Tabellen (Schreibzugriffe warten). NOT VALID überspringt die Prüfung vorerst, aber ALTER DOMAIN ... VALIDATE CONSTRAINT durchsucht später dieselben Tabellen unter derselben Sperre SHARE (bis einschließlich PostgreSQL 17; 18 validiert unter SHARE UPDATE EXCLUSIVE), sodass es anders als bei Tabellen-Constraints keine Möglichkeit gibt, ihn zu validieren, ohne Schreibzugriffe zu blockieren. Legen Sie die Regel als CHECK-Constraints der Tabellen auf die Spalten; diese können mit NOT VALID hinzugefügt und unter SHARE UPDATE EXCLUSIVE validiert werden.</translation>
    </message>
    <message>
        <source>SHARE on every table using the domain while it is checked: blocks writes, allows reads.</source>
        <translation>SHARE auf jeder Tabelle, die die Domäne verwendet, während der Prüfung: blockiert Schreibzugriffe, erlaubt Lesezugriffe.</translation>
    </message>
    <message>
        <source>Adding a constraint to domain %1 NOT VALID defers the check, but validating it later scans every table that uses %1 while holding SHARE on each, which blocks writes.</source>
        <translation>Das Hinzufügen eines Constraints zur Domäne %1 mit NOT VALID verschiebt die Prüfung, aber seine spätere Validierung durchsucht jede Tabelle, die %1 verwendet, und hält dabei SHARE auf jeder davon, was Schreibzugriffe blockiert.</translation>
    </message>
    <message>
        <source>Adding a constraint to domain %1 checks every column of type %1 in every table: it takes SHARE on each of those tables, which blocks writes, until they are all scanned.</source>
        <translation>Das Hinzufügen eines Constraints zur Domäne %1 prüft jede Spalte vom Typ %1 in jeder Tabelle: Es sperrt jede dieser Tabellen im Modus SHARE, was Schreibzugriffe blockiert, bis alle durchsucht sind.</translation>
    </message>
    <message>
        <source>Use text or varchar rather than char(n).</source>
        <translation>Verwenden Sie text oder varchar statt char(n).</translation>
    </message>
    <message>
        <source>char(n) pads every value with spaces to n characters and ignores trailing spaces in comparisons, which surprises applications (a stored &apos;ab&apos; reads back as &apos;ab   &apos;, and casts to text strip it again). It takes as much space as the padded length and is no faster than text or varchar in PostgreSQL; the PostgreSQL wiki&apos;s &quot;Don&apos;t Do This&quot; lists it. A bare &quot;character&quot; is char(1).</source>
        <translation>char(n) füllt jeden Wert mit Leerzeichen auf n Zeichen auf und ignoriert nachgestellte Leerzeichen bei Vergleichen, was Anwendungen überrascht (ein gespeichertes &apos;ab&apos; wird als &apos;ab   &apos; zurückgelesen, und Umwandlungen in text entfernen die Leerzeichen wieder). Der Typ belegt so viel Platz wie die aufgefüllte Länge und ist in PostgreSQL nicht schneller als text oder varchar; die Seite &quot;Don&apos;t Do This&quot; im PostgreSQL-Wiki führt ihn auf. Ein bloßes &quot;character&quot; ist char(1).</translation>
    </message>
    <message>
        <source>Column %1.%2 is char(n), which pads values with spaces; use %3 (or text) instead.</source>
        <translation>Die Spalte %1.%2 ist char(n), das Werte mit Leerzeichen auffüllt; verwenden Sie stattdessen %3 (oder text).</translation>
    </message>
    <message>
        <source>CREATE INDEX CONCURRENTLY cannot run inside a transaction.</source>
        <translation>CREATE INDEX CONCURRENTLY kann nicht innerhalb einer Transaktion ausgeführt werden.</translation>
    </message>
    <message>
        <source>PostgreSQL refuses CREATE/DROP INDEX CONCURRENTLY in a transaction block (&quot;cannot run inside a transaction block&quot;), so the migration fails at this statement; a tool that wraps migrations in a transaction must be told not to for this one.</source>
        <translation>PostgreSQL lehnt CREATE/DROP INDEX CONCURRENTLY in einem Transaktionsblock ab (&quot;cannot run inside a transaction block&quot;), daher schlägt die Migration bei dieser Anweisung fehl; einem Werkzeug, das Migrationen in eine Transaktion einschließt, muss man mitteilen, dies bei dieser Migration nicht zu tun.</translation>
    </message>
    <message>
        <source>inside a DO block, which is a function</source>
        <translation>innerhalb eines DO-Blocks, der eine Funktion ist</translation>
    </message>
    <message>
        <source>inside the BEGIN block of this script</source>
        <translation>innerhalb des BEGIN-Blocks dieses Skripts</translation>
    </message>
    <message>
        <source>inside the implicit transaction of the one multi-statement query %1 sends the file as</source>
        <translation>innerhalb der impliziten Transaktion der einen Abfrage mit mehreren Anweisungen, als die %1 die Datei sendet</translation>
    </message>
    <message>
        <source>inside the transaction %1 runs each migration in</source>
        <translation>innerhalb der Transaktion, in der %1 jede Migration ausführt</translation>
    </message>
    <message>
        <source>%1 CONCURRENTLY runs %2: PostgreSQL refuses it there.</source>
        <translation>%1 CONCURRENTLY läuft %2: Dort lehnt PostgreSQL es ab.</translation>
    </message>
    <message>
        <source>Prefer column CHECK constraints to domains with constraints.</source>
        <translation>Bevorzugen Sie CHECK-Constraints auf Spalten gegenüber Domänen mit Constraints.</translation>
    </message>
    <message>
        <source>A constraint on a domain is hard to change later: adding or validating one (ALTER DOMAIN ... ADD/VALIDATE CONSTRAINT) scans every table that uses the domain under SHARE, blocking writes (VALIDATE through PostgreSQL 17), and dropping or relaxing it means changing the type of every column that uses the domain. A domain&apos;s NOT NULL is also not enforced everywhere (the documentation shows a null reaching such a column through an outer join or an empty scalar subquery). CHECK constraints on the columns can be added NOT VALID and validated without blocking writes.</source>
        <translation>Ein Constraint auf einer Domäne lässt sich später nur schwer ändern: Einen solchen hinzuzufügen oder zu validieren (ALTER DOMAIN ... ADD/VALIDATE CONSTRAINT) durchsucht jede Tabelle, die die Domäne verwendet, unter SHARE und blockiert dabei Schreibzugriffe (VALIDATE bis einschließlich PostgreSQL 17), und ihn zu entfernen oder zu lockern bedeutet, den Typ jeder Spalte zu ändern, die die Domäne verwendet. Das NOT NULL einer Domäne wird außerdem nicht überall durchgesetzt (die Dokumentation zeigt, wie ein NULL-Wert über einen Outer Join oder eine leere skalare Unterabfrage in eine solche Spalte gelangt). CHECK-Constraints auf den Spalten können mit NOT VALID hinzugefügt und ohne Blockieren von Schreibzugriffen validiert werden.</translation>
    </message>
    <message>
        <source>Domain %1 carries a %2 constraint: changing it later scans every table that uses %1 while blocking writes; put the constraint on the columns instead.</source>
        <translation>Die Domäne %1 trägt einen %2-Constraint: Ihn später zu ändern, durchsucht jede Tabelle, die %1 verwendet, und blockiert dabei Schreibzugriffe; legen Sie den Constraint stattdessen auf die Spalten.</translation>
    </message>
    <message>
        <source>Dropping a column loses its data and breaks code that still uses it.</source>
        <translation>Das Löschen einer Spalte vernichtet ihre Daten und lässt Code fehlschlagen, der sie noch verwendet.</translation>
    </message>
    <message>
        <source>DROP COLUMN itself is quick (ACCESS EXCLUSIVE for a catalog change; the space is reclaimed by later rewrites), but the data is gone and cannot be restored by a down migration, and every query or ORM model that still names the column fails from that moment: application instances running the previous release, SELECT * consumers, views and functions. Stop using the column in a release that ships first, then drop it.</source>
        <translation>DROP COLUMN selbst geht schnell (ACCESS EXCLUSIVE für eine Katalogänderung; der Platz wird durch spätere Neuschreibvorgänge freigegeben), aber die Daten sind weg und lassen sich durch eine Down-Migration nicht wiederherstellen, und jede Abfrage und jedes ORM-Modell, das die Spalte noch nennt, schlägt ab diesem Moment fehl: Anwendungsinstanzen mit dem vorherigen Release, Konsumenten von SELECT *, Views und Funktionen. Verwenden Sie die Spalte ab einem Release, das zuerst ausgeliefert wird, nicht mehr, und löschen Sie sie erst danach.</translation>
    </message>
    <message>
        <source>ACCESS EXCLUSIVE, briefly: blocks all reads and writes while it waits and runs.</source>
        <translation>ACCESS EXCLUSIVE, kurzzeitig: blockiert alle Lese- und Schreibzugriffe, während die Anweisung wartet und läuft.</translation>
    </message>
    <message>
        <source>Dropping column %1.%2 deletes its data and breaks every query that still uses it; make sure the running code no longer reads or writes it.</source>
        <translation>Das Löschen der Spalte %1.%2 löscht ihre Daten und lässt jede Abfrage fehlschlagen, die sie noch verwendet; stellen Sie sicher, dass der laufende Code sie weder liest noch schreibt.</translation>
    </message>
    <message>
        <source>Migrations must not drop databases.</source>
        <translation>Migrationen dürfen keine Datenbanken löschen.</translation>
    </message>
    <message>
        <source>DROP DATABASE removes the database with all its data, irreversibly. It cannot run inside a transaction block, nor while anyone is connected to that database, so in a migration it usually fails, and where it succeeds the loss is total. Dropping a database is an operations task, not a schema change.</source>
        <translation>DROP DATABASE entfernt die Datenbank mit allen ihren Daten, unwiderruflich. Es kann weder innerhalb eines Transaktionsblocks laufen noch, solange jemand mit dieser Datenbank verbunden ist; in einer Migration schlägt es daher meist fehl, und wo es gelingt, ist der Verlust total. Eine Datenbank zu löschen ist eine Betriebsaufgabe, keine Schemaänderung.</translation>
    </message>
    <message>
        <source>Dropping database %1 deletes all of its data irreversibly; this does not belong in a migration.</source>
        <translation>Das Löschen der Datenbank %1 löscht alle ihre Daten unwiderruflich; das gehört nicht in eine Migration.</translation>
    </message>
    <message>
        <source>Dropping NOT NULL can break code that assumes the column always has a value.</source>
        <translation>Das Entfernen von NOT NULL kann Code fehlschlagen lassen, der davon ausgeht, dass die Spalte immer einen Wert hat.</translation>
    </message>
    <message>
        <source>After ALTER COLUMN ... DROP NOT NULL the column may hold nulls, and the change is hard to undo: restoring NOT NULL fails as soon as one null was written, and needs a full scan. Readers that map the column to a non-optional type (ORM models, generated clients, aggregates that assume a value) break on the first null. Make every reader handle nulls first.</source>
        <translation>Nach ALTER COLUMN ... DROP NOT NULL kann die Spalte NULL-Werte enthalten, und die Änderung lässt sich nur schwer rückgängig machen: NOT NULL wiederherzustellen schlägt fehl, sobald ein einziger NULL-Wert geschrieben wurde, und erfordert einen vollständigen Scan. Leser, die die Spalte auf einen nicht optionalen Typ abbilden (ORM-Modelle, generierte Clients, Aggregate, die einen Wert voraussetzen), scheitern am ersten NULL-Wert. Sorgen Sie zuerst dafür, dass jeder Leser mit NULL-Werten umgehen kann.</translation>
    </message>
    <message>
        <source>Dropping NOT NULL on %1.%2 lets nulls in: code that assumes %2 always has a value breaks on the first null, and restoring the constraint needs every null fixed and a full scan.</source>
        <translation>Das Entfernen von NOT NULL auf %1.%2 lässt NULL-Werte zu: Code, der davon ausgeht, dass %2 immer einen Wert hat, scheitert am ersten NULL-Wert, und um den Constraint wiederherzustellen, muss jeder NULL-Wert korrigiert und ein vollständiger Scan durchgeführt werden.</translation>
    </message>
    <message>
        <source>Dropping a table loses its data and breaks code that still uses it.</source>
        <translation>Das Löschen einer Tabelle vernichtet ihre Daten und lässt Code fehlschlagen, der sie noch verwendet.</translation>
    </message>
    <message>
        <source>DROP TABLE deletes the table and all its rows; a down migration can recreate the table but not the data. Every query, view, function or application instance still using the table fails from that moment, and the ACCESS EXCLUSIVE request queues behind running queries on it. Stop using the table in a release that ships first, keep a backup (or rename it and drop it later), then drop it.</source>
        <translation>DROP TABLE löscht die Tabelle und alle ihre Zeilen; eine Down-Migration kann die Tabelle neu anlegen, aber nicht die Daten. Jede Abfrage, View, Funktion oder Anwendungsinstanz, die die Tabelle noch verwendet, schlägt ab diesem Moment fehl, und die Anforderung von ACCESS EXCLUSIVE reiht sich hinter die laufenden Abfragen auf der Tabelle ein. Verwenden Sie die Tabelle ab einem Release, das zuerst ausgeliefert wird, nicht mehr, behalten Sie eine Sicherung (oder benennen Sie sie um und löschen Sie sie später) und löschen Sie sie erst danach.</translation>
    </message>
    <message>
        <source>Dropping table %1 deletes all its rows and breaks every query that still uses it.</source>
        <translation>Das Löschen der Tabelle %1 löscht alle ihre Zeilen und lässt jede Abfrage fehlschlagen, die sie noch verwendet.</translation>
    </message>
    <message>
        <source>Dropping tables %1 deletes all their rows and breaks every query that still uses them.</source>
        <translation>Das Löschen der Tabellen %1 löscht alle ihre Zeilen und lässt jede Abfrage fehlschlagen, die sie noch verwendet.</translation>
    </message>
    <message>
        <source>CASCADE also drops the views and foreign key constraints that depend on what it drops.</source>
        <translation>CASCADE löscht außerdem die Views und Fremdschlüssel-Constraints, die von den gelöschten Objekten abhängen.</translation>
    </message>
    <message>
        <source>Adding an exclusion constraint to an existing table blocks it while the index is built.</source>
        <translation>Das Hinzufügen eines Exclusion-Constraints zu einer bestehenden Tabelle blockiert diese, während der Index erstellt wird.</translation>
    </message>
    <message>
        <source>ALTER TABLE ... ADD CONSTRAINT ... EXCLUDE takes ACCESS EXCLUSIVE, then builds the constraint&apos;s index (usually GiST) and checks every row against it before releasing the lock. Unlike UNIQUE and PRIMARY KEY there is no CREATE INDEX CONCURRENTLY + USING INDEX route and no NOT VALID form, so on a large table all reads and writes wait for the whole build.</source>
        <translation>ALTER TABLE ... ADD CONSTRAINT ... EXCLUDE nimmt ACCESS EXCLUSIVE, erstellt dann den Index des Constraints (meist GiST) und prüft jede Zeile dagegen, bevor es die Sperre freigibt. Anders als bei UNIQUE und PRIMARY KEY gibt es keinen Weg über CREATE INDEX CONCURRENTLY + USING INDEX und keine Variante mit NOT VALID, sodass bei einer großen Tabelle alle Lese- und Schreibzugriffe auf die gesamte Erstellung warten.</translation>
    </message>
    <message>
        <source>ACCESS EXCLUSIVE for the index build and check: blocks all reads and writes.</source>
        <translation>ACCESS EXCLUSIVE für Indexerstellung und Prüfung: blockiert alle Lese- und Schreibzugriffe.</translation>
    </message>
    <message>
        <source>Adding exclusion constraint %1 %2 while its index is built and every row is checked; there is no concurrent form.</source>
        <translation>Das Hinzufügen des Exclusion-Constraints %1 %2, während sein Index erstellt und jede Zeile geprüft wird; eine nebenläufige Variante gibt es nicht.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>Adding a stored generated column rewrites the whole table.</source>
        <translation>Das Hinzufügen einer gespeicherten generierten Spalte schreibt die ganze Tabelle neu.</translation>
    </message>
    <message>
        <source>A GENERATED ALWAYS AS (...) STORED column is computed and written for every existing row when it is added, so PostgreSQL rewrites the table and its indexes while holding ACCESS EXCLUSIVE. (PostgreSQL up to 17 only has stored generated columns.)</source>
        <translation>Eine Spalte GENERATED ALWAYS AS (...) STORED wird beim Hinzufügen für jede bestehende Zeile berechnet und geschrieben, daher schreibt PostgreSQL die Tabelle und ihre Indexe neu, während es ACCESS EXCLUSIVE hält. (PostgreSQL bis Version 17 kennt nur gespeicherte generierte Spalten.)</translation>
    </message>
    <message>
        <source>Adding stored generated column %1 computes it for every row of %2: the rewrite %3.</source>
        <translation>Das Hinzufügen der gespeicherten generierten Spalte %1 berechnet sie für jede Zeile von %2: Das Neuschreiben %3.</translation>
    </message>
    <message>
        <source>TRUNCATE ... CASCADE also empties every table that references the truncated one.</source>
        <translation>TRUNCATE ... CASCADE leert auch jede Tabelle, die die geleerte Tabelle referenziert.</translation>
    </message>
    <message>
        <source>With CASCADE, TRUNCATE also truncates every table that has a foreign key to the named tables, and the tables referencing those, recursively, without listing them: a reference added later by someone else silently widens what the migration deletes. Each of those tables is locked ACCESS EXCLUSIVE as well. Name every table to empty explicitly, so that an unexpected reference makes TRUNCATE fail instead.</source>
        <translation>Mit CASCADE leert TRUNCATE auch jede Tabelle, die einen Fremdschlüssel auf die genannten Tabellen hat, und rekursiv die Tabellen, die wiederum diese referenzieren, ohne sie aufzulisten: Eine Referenz, die später jemand anderes hinzufügt, erweitert stillschweigend, was die Migration löscht. Jede dieser Tabellen wird ebenfalls im Modus ACCESS EXCLUSIVE gesperrt. Nennen Sie jede zu leerende Tabelle explizit, damit TRUNCATE bei einer unerwarteten Referenz stattdessen fehlschlägt.</translation>
    </message>
    <message>
        <source>ACCESS EXCLUSIVE on every truncated table: blocks all reads and writes.</source>
        <translation>ACCESS EXCLUSIVE auf jeder geleerten Tabelle: blockiert alle Lese- und Schreibzugriffe.</translation>
    </message>
    <message>
        <source>TRUNCATE %1 CASCADE also empties every table that references %1, directly or through others, whichever exist when it runs.</source>
        <translation>TRUNCATE %1 CASCADE leert auch jede Tabelle, die %1 direkt oder über andere referenziert, und zwar alle, die zum Zeitpunkt der Ausführung existieren.</translation>
    </message>
    <message>
        <source>Every BEGIN in a migration needs a COMMIT.</source>
        <translation>Jedes BEGIN in einer Migration braucht ein COMMIT.</translation>
    </message>
    <message>
        <source>A script that opens a transaction with BEGIN and never commits it leaves its changes uncommitted when it ends: depending on the tool they are rolled back when the connection closes, committed by whatever runs next on the connection, or the tool&apos;s own COMMIT ends a different transaction than it thinks. Meanwhile every lock the script took stays held.</source>
        <translation>Ein Skript, das mit BEGIN eine Transaktion öffnet und sie nie committet, hinterlässt seine Änderungen an seinem Ende unbestätigt: Je nach Werkzeug werden sie beim Schließen der Verbindung zurückgerollt, von dem committet, was als Nächstes auf der Verbindung läuft, oder das eigene COMMIT des Werkzeugs beendet eine andere Transaktion, als es annimmt. Währenddessen bleibt jede Sperre gehalten, die das Skript genommen hat.</translation>
    </message>
    <message>
        <source>The transaction opened by this %1 is never committed: the script ends inside it.</source>
        <translation>Die von diesem %1 geöffnete Transaktion wird nie committet: Das Skript endet innerhalb der Transaktion.</translation>
    </message>
    <message>
        <source>Changing a column&apos;s type rewrites the table under ACCESS EXCLUSIVE.</source>
        <translation>Das Ändern des Typs einer Spalte schreibt die Tabelle unter ACCESS EXCLUSIVE neu.</translation>
    </message>
    <message>
        <source>ALTER COLUMN ... TYPE rewrites every row and rebuilds every index of the table while holding ACCESS EXCLUSIVE, so all reads and writes wait for the whole rewrite. PostgreSQL skips the rewrite only when the old type converts to the new one without changing the stored bytes and no USING expression recomputes the values: varchar(n) to varchar(m) with m &gt;= n, varchar to text and text to unbounded varchar, numeric(p, s) to numeric(p2, s) with p2 &gt;= p or to unconstrained numeric, cidr to inet, and from PostgreSQL 12 timestamp to timestamptz (and back) when the session TimeZone is UTC. Even then, indexes on the column are rebuilt unless PostgreSQL can verify the new index would be equivalent to the old one. Changing the clients at the same moment is a compatibility break as well.</source>
        <translation>ALTER COLUMN ... TYPE schreibt jede Zeile neu und baut jeden Index der Tabelle neu auf, während es ACCESS EXCLUSIVE hält, sodass alle Lese- und Schreibzugriffe auf das gesamte Neuschreiben warten. PostgreSQL überspringt das Neuschreiben nur, wenn sich der alte Typ ohne Änderung der gespeicherten Bytes in den neuen umwandeln lässt und kein USING-Ausdruck die Werte neu berechnet: varchar(n) in varchar(m) mit m &gt;= n, varchar in text und text in varchar ohne Längenbegrenzung, numeric(p, s) in numeric(p2, s) mit p2 &gt;= p oder in numeric ohne Einschränkung, cidr in inet und ab PostgreSQL 12 timestamp in timestamptz (und umgekehrt), wenn die TimeZone der Sitzung UTC ist. Selbst dann werden Indexe auf der Spalte neu aufgebaut, es sei denn, PostgreSQL kann feststellen, dass der neue Index dem alten gleichwertig wäre. Die Clients im selben Moment umzustellen, ist zudem ein Kompatibilitätsbruch.</translation>
    </message>
    <message>
        <source>Changing %1.%2 to %3 with a USING expression recomputes every row: the rewrite of %1 and its indexes %4 throughout.</source>
        <translation>Das Ändern von %1.%2 in %3 mit einem USING-Ausdruck berechnet jede Zeile neu: Das Neuschreiben von %1 und ihren Indexen %4, und zwar während der gesamten Dauer.</translation>
    </message>
    <message>
        <source>Changing %1.%2 to %3 rewrites %1 and its indexes, and %4 throughout, unless the current type converts without a rewrite (varchar(n) to a longer varchar or to text, numeric with a larger precision and the same scale, cidr to inet, timestamp to timestamptz with TimeZone UTC on PostgreSQL 12+); the migrations read here do not show the current type.</source>
        <translation>Das Ändern von %1.%2 in %3 schreibt %1 und ihre Indexe neu und %4, und zwar während der gesamten Dauer, es sei denn, der aktuelle Typ lässt sich ohne Neuschreiben umwandeln (varchar(n) in ein längeres varchar oder in text, numeric mit größerer Präzision und gleicher Skala, cidr in inet, timestamp in timestamptz mit TimeZone UTC ab PostgreSQL 12); die hier gelesenen Migrationen zeigen den aktuellen Typ nicht.</translation>
    </message>
    <message>
        <source>Changing %1.%2 to %3 rewrites %1 and rebuilds its indexes; the rewrite %4 throughout.</source>
        <translation>Das Ändern von %1.%2 in %3 schreibt %1 neu und baut ihre Indexe neu auf; das Neuschreiben %4, und zwar während der gesamten Dauer.</translation>
    </message>
    <message>
        <source>Changing %1.%2 from %3 to %4 skips the rewrite only when the session TimeZone is UTC; otherwise it rewrites %1 and its indexes and %5 throughout. Run SET TIME ZONE &apos;UTC&apos; first in the same session to be sure.</source>
        <translation>Das Ändern von %1.%2 von %3 in %4 überspringt das Neuschreiben nur, wenn die TimeZone der Sitzung UTC ist; andernfalls schreibt es %1 und ihre Indexe neu und %5, und zwar während der gesamten Dauer. Führen Sie zur Sicherheit zuerst SET TIME ZONE &apos;UTC&apos; in derselben Sitzung aus.</translation>
    </message>
    <message>
        <source>Changing %1.%2 from %3 to %4 rewrites %1 and its indexes on PostgreSQL %5 (12 and later skip it when TimeZone is UTC); the rewrite %6 throughout.</source>
        <translation>Das Ändern von %1.%2 von %3 in %4 schreibt unter PostgreSQL %5 %1 und ihre Indexe neu (ab 12 entfällt das, wenn TimeZone UTC ist); das Neuschreiben %6, und zwar während der gesamten Dauer.</translation>
    </message>
    <message>
        <source>Changing %1.%2 from %3 to %4 rewrites %1 and rebuilds its indexes; the rewrite %5 throughout.</source>
        <translation>Das Ändern von %1.%2 von %3 in %4 schreibt %1 neu und baut ihre Indexe neu auf; das Neuschreiben %5, und zwar während der gesamten Dauer.</translation>
    </message>
    <message>
        <source>A NOT NULL or CHECK constraint is added to a column before the UPDATE that fills it.</source>
        <translation>Ein NOT NULL- oder CHECK-Constraint wird einer Spalte vor dem UPDATE hinzugefügt, das sie befüllt.</translation>
    </message>
    <message>
        <source>PostgreSQL checks a NOT NULL or validated CHECK constraint against every existing row when it is added. Added before the backfill, it meets the rows that are still NULL (or hold the old values) and the migration fails; and it scans the table under ACCESS EXCLUSIVE for a result the backfill is about to change. Fill the column first, then add the constraint.</source>
        <translation>PostgreSQL prüft einen NOT NULL- oder validierten CHECK-Constraint beim Hinzufügen gegen jede bestehende Zeile. Vor der Nachbefüllung hinzugefügt, trifft er auf die Zeilen, die noch NULL sind (oder die alten Werte enthalten), und die Migration schlägt fehl; außerdem durchsucht er die Tabelle unter ACCESS EXCLUSIVE für ein Ergebnis, das die Nachbefüllung gleich darauf ändert. Befüllen Sie zuerst die Spalte und fügen Sie dann den Constraint hinzu.</translation>
    </message>
    <message>
        <source>%1 on %2.%3 is added before the UPDATE that fills the column (%4 line %5): the existing rows are checked before they are filled, so the migration fails on any row still NULL or not yet converted.</source>
        <translation>%1 auf %2.%3 wird vor dem UPDATE hinzugefügt, das die Spalte befüllt (%4, Zeile %5): Die bestehenden Zeilen werden geprüft, bevor sie befüllt sind, daher schlägt die Migration bei jeder Zeile fehl, die noch NULL oder noch nicht umgewandelt ist.</translation>
    </message>
    <message>
        <source>Add CHECK and FOREIGN KEY constraints to existing tables as NOT VALID, then validate.</source>
        <translation>Fügen Sie CHECK- und FOREIGN KEY-Constraints zu bestehenden Tabellen als NOT VALID hinzu und validieren Sie sie danach.</translation>
    </message>
    <message>
        <source>ALTER TABLE ... ADD CONSTRAINT checks every existing row before it commits, holding its lock for the whole scan: ACCESS EXCLUSIVE for a CHECK (no reads or writes), SHARE ROW EXCLUSIVE on both tables for a FOREIGN KEY (no writes). Added NOT VALID, the constraint applies to new rows at once and the existing rows are checked later by VALIDATE CONSTRAINT, which takes only SHARE UPDATE EXCLUSIVE and lets reads and writes continue.</source>
        <translation>ALTER TABLE ... ADD CONSTRAINT prüft jede bestehende Zeile vor dem Commit und hält seine Sperre während des gesamten Scans: ACCESS EXCLUSIVE für einen CHECK (keine Lese- oder Schreibzugriffe), SHARE ROW EXCLUSIVE auf beiden Tabellen für einen FOREIGN KEY (keine Schreibzugriffe). Mit NOT VALID hinzugefügt, gilt der Constraint sofort für neue Zeilen, und die bestehenden Zeilen werden später von VALIDATE CONSTRAINT geprüft, das nur SHARE UPDATE EXCLUSIVE nimmt und Lese- und Schreibzugriffe weiterlaufen lässt.</translation>
    </message>
    <message>
        <source>CHECK: ACCESS EXCLUSIVE, blocks all reads and writes. FOREIGN KEY: SHARE ROW EXCLUSIVE on the table and the referenced table, blocks writes to both.</source>
        <translation>CHECK: ACCESS EXCLUSIVE, blockiert alle Lese- und Schreibzugriffe. FOREIGN KEY: SHARE ROW EXCLUSIVE auf der Tabelle und der referenzierten Tabelle, blockiert Schreibzugriffe auf beide.</translation>
    </message>
    <message>
        <source>Adding an unnamed CHECK constraint</source>
        <translation>Das Hinzufügen eines unbenannten CHECK-Constraints</translation>
    </message>
    <message>
        <source>Adding CHECK constraint %1</source>
        <translation>Das Hinzufügen des CHECK-Constraints %1</translation>
    </message>
    <message>
        <source>%1 scans every row of %2 and %3 until the scan ends.</source>
        <translation>%1 durchsucht jede Zeile von %2 und %3, bis der Scan endet.</translation>
    </message>
    <message>
        <source>Adding an unnamed FOREIGN KEY</source>
        <translation>Das Hinzufügen eines unbenannten FOREIGN KEY</translation>
    </message>
    <message>
        <source>Adding FOREIGN KEY %1</source>
        <translation>Das Hinzufügen des FOREIGN KEY %1</translation>
    </message>
    <message>
        <source>%1 checks every row of %2 against %3; meanwhile it %4 and %5.</source>
        <translation>%1 prüft jede Zeile von %2 gegen %3; währenddessen gilt: Es %4, und %5.</translation>
    </message>
    <message>
        <source>Add UNIQUE constraints to existing tables with USING INDEX, from an index built concurrently.</source>
        <translation>Fügen Sie UNIQUE-Constraints zu bestehenden Tabellen mit USING INDEX hinzu, aus einem nebenläufig erstellten Index.</translation>
    </message>
    <message>
        <source>ALTER TABLE ... ADD CONSTRAINT ... UNIQUE (and ADD COLUMN ... UNIQUE) builds the unique index while holding ACCESS EXCLUSIVE on the table, so no query can read or write it until the index is built. Build the index with CREATE UNIQUE INDEX CONCURRENTLY first, then attach it with ADD CONSTRAINT ... UNIQUE USING INDEX, which only updates the catalog.</source>
        <translation>ALTER TABLE ... ADD CONSTRAINT ... UNIQUE (und ADD COLUMN ... UNIQUE) erstellt den Unique-Index, während es ACCESS EXCLUSIVE auf der Tabelle hält, sodass keine Abfrage sie lesen oder schreiben kann, bis der Index erstellt ist. Erstellen Sie den Index zuerst mit CREATE UNIQUE INDEX CONCURRENTLY und hängen Sie ihn dann mit ADD CONSTRAINT ... UNIQUE USING INDEX an, das nur den Katalog ändert.</translation>
    </message>
    <message>
        <source>UNIQUE constraint %1 on %2 (%3) builds its index while it %4.</source>
        <translation>Der UNIQUE-Constraint %1 auf %2 (%3) erstellt seinen Index und %4, solange die Erstellung läuft.</translation>
    </message>
    <message>
        <source>A down script drops a table or column that its up script did not create.</source>
        <translation>Ein Down-Skript löscht eine Tabelle oder Spalte, die sein Up-Skript nicht angelegt hat.</translation>
    </message>
    <message>
        <source>A down script should undo exactly what its up did. Dropping a table or column the up did not create deletes data that existed before the migration: running the rollback in production loses it for good. Usually the down belongs to another migration, or reverses an up that dropped the object (re-create it instead; the data cannot be restored).</source>
        <translation>Ein Down-Skript sollte genau das rückgängig machen, was sein Up-Skript getan hat. Eine Tabelle oder Spalte zu löschen, die das Up-Skript nicht angelegt hat, löscht Daten, die schon vor der Migration existierten: Wird das Rollback in der Produktion ausgeführt, sind sie endgültig verloren. Meist gehört das Down-Skript zu einer anderen Migration oder macht ein Up-Skript rückgängig, das das Objekt gelöscht hat (legen Sie es stattdessen neu an; die Daten lassen sich nicht wiederherstellen).</translation>
    </message>
    <message>
        <source>The down script drops table %1, which its up script did not create: rolling back deletes the table&apos;s data.</source>
        <translation>Das Down-Skript löscht die Tabelle %1, die sein Up-Skript nicht angelegt hat: Ein Rollback löscht die Daten der Tabelle.</translation>
    </message>
    <message>
        <source>-- drop only what the up created; if the up dropped %1, re-create it here (CREATE TABLE %1 (...)) instead</source>
        <translation>-- löschen Sie nur, was das Up-Skript angelegt hat; hat das Up-Skript %1 gelöscht, legen Sie die Tabelle stattdessen hier neu an (CREATE TABLE %1 (...))</translation>
    </message>
    <message>
        <source>The down script drops column %1.%2, which its up script did not add: rolling back deletes the column&apos;s data.</source>
        <translation>Das Down-Skript löscht die Spalte %1.%2, die sein Up-Skript nicht hinzugefügt hat: Ein Rollback löscht die Daten der Spalte.</translation>
    </message>
    <message>
        <source>-- drop only what the up added; if the up dropped %1.%2, re-add it here (ALTER TABLE %1 ADD COLUMN %2 ...) instead</source>
        <translation>-- löschen Sie nur, was das Up-Skript hinzugefügt hat; hat das Up-Skript %1.%2 gelöscht, fügen Sie die Spalte stattdessen hier wieder hinzu (ALTER TABLE %1 ADD COLUMN %2 ...)</translation>
    </message>
    <message>
        <source>A column is replaced (added, copied, dropped or renamed) within one migration.</source>
        <translation>Eine Spalte wird innerhalb einer einzigen Migration ersetzt (hinzugefügt, kopiert, gelöscht oder umbenannt).</translation>
    </message>
    <message>
        <source>Changing a column safely takes several deploys: expand (add the new column, write both), migrate (backfill, switch reads), contract (drop the old column) once no running code uses it. Doing add and drop, drop and re-add, or add and rename of the same column in one migration means the application version that is still serving during the deploy - and any rollback of the code - queries a column that is gone or has changed meaning.</source>
        <translation>Eine Spalte sicher zu ändern, erfordert mehrere Deployments: expand (die neue Spalte hinzufügen, in beide schreiben), migrate (nachbefüllen, Lesezugriffe umstellen), contract (die alte Spalte löschen), sobald kein laufender Code sie mehr verwendet. Hinzufügen und Löschen, Löschen und erneutes Hinzufügen oder Hinzufügen und Umbenennen derselben Spalte in einer Migration bedeutet, dass die Anwendungsversion, die während des Deployments noch Anfragen bedient - und jedes Rollback des Codes -, eine Spalte abfragt, die nicht mehr existiert oder ihre Bedeutung geändert hat.</translation>
    </message>
    <message>
        <source>-- split it: add the new column in this migration, backfill in the next, and drop or rename the old one in a later migration once no deployed code uses it</source>
        <translation>-- aufteilen: die neue Spalte in dieser Migration hinzufügen, in der nächsten nachbefüllen und die alte in einer späteren Migration löschen oder umbenennen, sobald kein ausgelieferter Code sie mehr verwendet</translation>
    </message>
    <message>
        <source>Column %1.%2 is renamed to %3 in the same migration that removed the old %3: the column is replaced in one step, under the feet of running code.</source>
        <translation>Die Spalte %1.%2 wird in derselben Migration in %3 umbenannt, die die alte Spalte %3 entfernt hat: Die Spalte wird in einem Schritt ersetzt, dem laufenden Code unter den Füßen weg.</translation>
    </message>
    <message>
        <source>Column %1.%2 is dropped and added again in one migration: running code that reads it sees its data vanish.</source>
        <translation>Die Spalte %1.%2 wird in einer Migration gelöscht und wieder hinzugefügt: Laufender Code, der sie liest, sieht ihre Daten verschwinden.</translation>
    </message>
    <message>
        <source>Column %1.%2 is dropped in the migration that added %3 and copied %2 into it: expand and contract in one deploy.</source>
        <translation>Die Spalte %1.%2 wird in der Migration gelöscht, die %3 hinzugefügt und %2 dorthin kopiert hat: expand und contract in einem einzigen Deployment.</translation>
    </message>
    <message>
        <source>A foreign key with ON DELETE CASCADE is added to an existing table.</source>
        <translation>Ein Fremdschlüssel mit ON DELETE CASCADE wird zu einer bestehenden Tabelle hinzugefügt.</translation>
    </message>
    <message>
        <source>With ON DELETE CASCADE, deleting a referenced row deletes every referencing row, and their own cascades, in the same statement: a mistaken DELETE of one parent removes data across tables without an error, and a large cascade holds row locks on all of it and runs long. On an existing table the existing rows become subject to it at once. Opt-in: many schemas use cascades on purpose.</source>
        <translation>Mit ON DELETE CASCADE löscht das Löschen einer referenzierten Zeile jede referenzierende Zeile - samt deren eigenen Kaskaden - in derselben Anweisung: Ein versehentliches DELETE einer einzigen Elternzeile entfernt ohne Fehlermeldung Daten über mehrere Tabellen hinweg, und eine große Kaskade hält Zeilensperren auf all diesen Daten und läuft lange. Bei einer bestehenden Tabelle unterliegen die vorhandenen Zeilen dem sofort. Opt-in: Viele Schemas verwenden Kaskaden absichtlich.</translation>
    </message>
    <message>
        <source>Foreign key from %1 to %2 has ON DELETE CASCADE: deleting a row of %2 silently deletes the rows of %1 that reference it.</source>
        <translation>Der Fremdschlüssel von %1 auf %2 hat ON DELETE CASCADE: Das Löschen einer Zeile von %2 löscht stillschweigend die Zeilen von %1, die sie referenzieren.</translation>
    </message>
    <message>
        <source>Identifiers longer than 63 bytes are silently truncated.</source>
        <translation>Bezeichner, die länger als 63 Bytes sind, werden stillschweigend gekürzt.</translation>
    </message>
    <message>
        <source>PostgreSQL keeps only the first 63 bytes of a name (NAMEDATALEN - 1) and reports the truncation as a NOTICE that migration tools do not show. The object then has a different name than the migration and the code say: tools that compare names (ORM schema diffs, later migrations looking the name up in the catalog) miss it, and two long names with the same first 63 bytes collide (&quot;relation already exists&quot;).</source>
        <translation>PostgreSQL behält nur die ersten 63 Bytes eines Namens (NAMEDATALEN - 1) und meldet die Kürzung als NOTICE, die Migrationswerkzeuge nicht anzeigen. Das Objekt hat dann einen anderen Namen, als Migration und Code angeben: Werkzeuge, die Namen vergleichen (ORM-Schema-Diffs, spätere Migrationen, die den Namen im Katalog nachschlagen), finden es nicht, und zwei lange Namen mit denselben ersten 63 Bytes kollidieren (&quot;relation already exists&quot;).</translation>
    </message>
    <message>
        <source>Identifier %1 is %2 bytes long; PostgreSQL silently truncates it to 63 bytes: %3.</source>
        <translation>Der Bezeichner %1 ist %2 Bytes lang; PostgreSQL kürzt ihn stillschweigend auf 63 Bytes: %3.</translation>
    </message>
    <message>
        <source>-- use a name of at most 63 bytes, e.g. an abbreviation of %1</source>
        <translation>-- verwenden Sie einen Namen mit höchstens 63 Bytes, z. B. eine Abkürzung von %1</translation>
    </message>
    <message>
        <source>A non-unique index has more than three key columns.</source>
        <translation>Ein nicht eindeutiger Index hat mehr als drei Schlüsselspalten.</translation>
    </message>
    <message>
        <source>A multicolumn B-tree index is only efficient for conditions on its leading columns; columns past the third rarely narrow the search, but every one makes the index larger and every INSERT and UPDATE of them slower. Columns needed only to answer the query from the index belong in INCLUDE. Unique indexes are not reported: their columns define the constraint. Opt-in.</source>
        <translation>Ein mehrspaltiger B-Tree-Index ist nur für Bedingungen auf seinen führenden Spalten effizient; Spalten ab der vierten grenzen die Suche selten weiter ein, aber jede davon macht den Index größer und jedes INSERT und UPDATE dieser Spalten langsamer. Spalten, die nur gebraucht werden, um die Abfrage aus dem Index zu beantworten, gehören in INCLUDE. Unique-Indexe werden nicht gemeldet: Ihre Spalten definieren den Constraint. Opt-in.</translation>
    </message>
    <message>
        <source>Index %1 on %2 has %3 key columns (%4); more than %5 rarely pay off.</source>
        <translation>Der Index %1 auf %2 hat %3 Schlüsselspalten (%4); mehr als %5 lohnen sich selten.</translation>
    </message>
    <message>
        <source>Slow statements run after an ACCESS EXCLUSIVE lock in the same transaction.</source>
        <translation>Langsame Anweisungen laufen in derselben Transaktion nach einer Sperre im Modus ACCESS EXCLUSIVE.</translation>
    </message>
    <message>
        <source>PostgreSQL releases table locks only at the end of the transaction. Once a statement has taken ACCESS EXCLUSIVE on a table, every later statement of the transaction runs while all reads and writes of that table wait, and queue behind it. A short ALTER followed by an index build, a backfill or a second ALTER turns milliseconds of blocking into the duration of everything that follows.</source>
        <translation>PostgreSQL gibt Tabellensperren erst am Ende der Transaktion frei. Sobald eine Anweisung ACCESS EXCLUSIVE auf einer Tabelle genommen hat, läuft jede spätere Anweisung der Transaktion, während alle Lese- und Schreibzugriffe auf diese Tabelle warten und sich dahinter einreihen. Ein kurzes ALTER, gefolgt von einer Indexerstellung, einer Nachbefüllung oder einem zweiten ALTER, macht aus Millisekunden der Blockierung die Dauer von allem, was folgt.</translation>
    </message>
    <message>
        <source>ACCESS EXCLUSIVE held until commit: blocks all reads and writes of the table.</source>
        <translation>ACCESS EXCLUSIVE, bis zum Commit gehalten: blockiert alle Lese- und Schreibzugriffe auf die Tabelle.</translation>
    </message>
    <message>
        <source>%1 runs in the same transaction after %2, which %3; the lock is held until the transaction commits, through this and every later statement.</source>
        <translation>%1 läuft in derselben Transaktion nach %2. Diese Anweisung %3; die Sperre wird bis zum Commit der Transaktion gehalten, also während dieser und jeder späteren Anweisung.</translation>
    </message>
    <message>
        <source>revert script</source>
        <translation>Revert-Skript</translation>
    </message>
    <message>
        <source>down script</source>
        <translation>Down-Skript</translation>
    </message>
    <message>
        <source>A schema change has no down (revert) script although the tool supports one.</source>
        <translation>Eine Schemaänderung hat kein Down-Skript (Revert-Skript), obwohl das Werkzeug eines unterstützt.</translation>
    </message>
    <message>
        <source>%1 changes the schema but has no %2; %3 cannot roll it back.</source>
        <translation>%1 ändert das Schema, hat aber kein %2; %3 kann die Änderung nicht zurückrollen.</translation>
    </message>
    <message>
        <source>-- add a %1 that reverses each change of the up script, in reverse order</source>
        <translation>-- fügen Sie ein %1 hinzu, das jede Änderung des Up-Skripts in umgekehrter Reihenfolge rückgängig macht</translation>
    </message>
    <message>
        <source>The %1 %2 is empty: rolling back %3 undoes nothing of its schema change.</source>
        <translation>Das %1 %2 ist leer: Das Zurückrollen von %3 macht nichts von dessen Schemaänderung rückgängig.</translation>
    </message>
    <message>
        <source>-- write SQL that reverses each change of the up script, in reverse order</source>
        <translation>-- schreiben Sie SQL, das jede Änderung des Up-Skripts in umgekehrter Reihenfolge rückgängig macht</translation>
    </message>
    <message>
        <source>A schema change and a data change of the same table run in one transaction.</source>
        <translation>Eine Schemaänderung und eine Datenänderung derselben Tabelle laufen in einer Transaktion.</translation>
    </message>
    <message>
        <source>Locks are held until the transaction ends. After an ALTER TABLE or CREATE INDEX the table stays locked (ACCESS EXCLUSIVE or SHARE) for as long as the following UPDATE or DELETE takes, so the application cannot use it; a data change first holds row locks and ROW EXCLUSIVE that the schema change then queues behind, and everything else queues behind the schema change. Schema changes should be short transactions of their own, data changes separate and batched.</source>
        <translation>Sperren werden bis zum Ende der Transaktion gehalten. Nach einem ALTER TABLE oder CREATE INDEX bleibt die Tabelle so lange gesperrt (ACCESS EXCLUSIVE oder SHARE), wie das folgende UPDATE oder DELETE dauert, sodass die Anwendung sie nicht nutzen kann; kommt die Datenänderung zuerst, hält sie Zeilensperren und ROW EXCLUSIVE, hinter denen sich die Schemaänderung dann einreiht, und alles andere reiht sich hinter der Schemaänderung ein. Schemaänderungen sollten kurze, eigene Transaktionen sein, Datenänderungen getrennt davon und in Batches.</translation>
    </message>
    <message>
        <source>The schema change&apos;s lock (often ACCESS EXCLUSIVE: blocks all reads and writes), held for the duration of the data change.</source>
        <translation>Die Sperre der Schemaänderung (oft ACCESS EXCLUSIVE: blockiert alle Lese- und Schreibzugriffe), gehalten für die Dauer der Datenänderung.</translation>
    </message>
    <message>
        <source>%1 of %2 runs in the transaction that already ran %3 on it: the schema change&apos;s lock on %2 is held until the data change and the commit finish.</source>
        <translation>%1 auf %2 läuft in der Transaktion, die bereits %3 darauf ausgeführt hat: Die Sperre der Schemaänderung auf %2 wird gehalten, bis die Datenänderung und der Commit abgeschlossen sind.</translation>
    </message>
    <message>
        <source>%1 on %2 runs in the transaction that already changed its rows with %3: those rows stay locked, and the schema change&apos;s lock is then held with them until the commit.</source>
        <translation>%1 auf %2 läuft in der Transaktion, die ihre Zeilen bereits mit %3 geändert hat: Diese Zeilen bleiben gesperrt, und die Sperre der Schemaänderung wird dann zusammen mit ihnen bis zum Commit gehalten.</translation>
    </message>
    <message>
        <source>A backfill sets columns from now(), random() or another non-deterministic call.</source>
        <translation>Eine Nachbefüllung setzt Spalten aus now(), random() oder einem anderen nicht deterministischen Aufruf.</translation>
    </message>
    <message>
        <source>a random value: each row and each run gets a different one</source>
        <translation>einen Zufallswert: Jede Zeile und jeder Lauf erhält einen anderen</translation>
    </message>
    <message>
        <source>the current time: the value is the moment the migration ran</source>
        <translation>die aktuelle Zeit: Der Wert ist der Zeitpunkt, zu dem die Migration lief</translation>
    </message>
    <message>
        <source>A backfill that computes a column from itself changes the data again when it is re-run.</source>
        <translation>Eine Nachbefüllung, die eine Spalte aus sich selbst berechnet, ändert die Daten bei einem erneuten Lauf noch einmal.</translation>
    </message>
    <message>
        <source>UPDATE ... SET amount = amount * 100 is correct exactly once. If the migration runs without a transaction and fails after this statement, or is run in batches that are retried, the rows already converted are converted again: the data is silently corrupted. A WHERE condition that only matches unconverted rows makes the update safe to repeat. Inside a transaction that rolls back as a whole the statement is only reported when it works in batches.</source>
        <translation>UPDATE ... SET amount = amount * 100 ist genau einmal korrekt. Läuft die Migration ohne Transaktion und schlägt nach dieser Anweisung fehl, oder wird sie in Batches ausgeführt, die wiederholt werden, werden die bereits umgerechneten Zeilen erneut umgerechnet: Die Daten werden stillschweigend verfälscht. Eine WHERE-Bedingung, die nur auf noch nicht umgerechnete Zeilen zutrifft, macht das UPDATE gefahrlos wiederholbar. Innerhalb einer Transaktion, die als Ganzes zurückgerollt wird, wird die Anweisung nur gemeldet, wenn sie in Batches arbeitet.</translation>
    </message>
    <message>
        <source>UPDATE of %1 computes %2 from its own value with no WHERE condition that skips rows already converted: running it twice converts them twice.</source>
        <translation>UPDATE von %1 berechnet %2 aus dem eigenen Wert, ohne WHERE-Bedingung, die bereits umgerechnete Zeilen überspringt: Zweimal ausgeführt, rechnet es sie zweimal um.</translation>
    </message>
    <message>
        <source>Use bigint, not integer, for primary keys, identity and serial columns and the keys that reference them.</source>
        <translation>Verwenden Sie bigint statt integer für Primärschlüssel, Identity- und serial-Spalten sowie die Schlüssel, die sie referenzieren.</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>identity column</source>
        <translation>Identity-Spalte</translation>
    </message>
    <message>
        <source>serial column</source>
        <translation>Serial-Spalte</translation>
    </message>
    <message>
        <source>id column</source>
        <translation>ID-Spalte</translation>
    </message>
    <message>
        <source>foreign key column</source>
        <translation>Fremdschlüsselspalte</translation>
    </message>
    <message>
        <source>Use bigint, not smallint, for primary keys, identity and serial columns and the keys that reference them.</source>
        <translation>Verwenden Sie bigint statt smallint für Primärschlüssel, Identity- und serial-Spalten sowie die Schlüssel, die sie referenzieren.</translation>
    </message>
    <message>
        <source>Use identity columns instead of serial types.</source>
        <translation>Verwenden Sie Identity-Spalten statt serial-Typen.</translation>
    </message>
    <message>
        <source>serial, bigserial and smallserial create a separate sequence owned by the column: permissions on it must be granted apart from the table&apos;s, CREATE TABLE ... LIKE and dumps of single tables lose the link, and explicit inserts of ids are silently allowed. GENERATED ... AS IDENTITY (PostgreSQL 10+) is the SQL-standard form and keeps the sequence part of the column.</source>
        <translation>serial, bigserial und smallserial legen eine eigene Sequenz an, die der Spalte gehört: Rechte darauf müssen getrennt von denen der Tabelle vergeben werden, CREATE TABLE ... LIKE und Dumps einzelner Tabellen verlieren die Verknüpfung, und explizit eingefügte IDs werden stillschweigend zugelassen. GENERATED ... AS IDENTITY (PostgreSQL 10+) ist die Form nach SQL-Standard und macht die Sequenz zum Teil der Spalte.</translation>
    </message>
    <message>
        <source>Column %1.%2 is %3; use an identity column instead.</source>
        <translation>Die Spalte %1.%2 ist %3; verwenden Sie stattdessen eine Identity-Spalte.</translation>
    </message>
    <message>
        <source>Use jsonb rather than json for columns.</source>
        <translation>Verwenden Sie für Spalten jsonb statt json.</translation>
    </message>
    <message>
        <source>json stores the text as given and re-parses it on every access. It has no equality operator, so SELECT DISTINCT, GROUP BY, UNION and unique constraints on it fail, and it cannot be indexed with GIN for containment (@&gt;) or key (?) queries. jsonb is stored parsed, is faster to query and supports all of these. Keep json only when the exact text (key order, duplicate keys, whitespace) must be preserved. Changing the type later rewrites the table.</source>
        <translation>json speichert den Text so, wie er übergeben wurde, und parst ihn bei jedem Zugriff neu. Der Typ hat keinen Gleichheitsoperator, daher schlagen SELECT DISTINCT, GROUP BY, UNION und Unique-Constraints darauf fehl, und er lässt sich nicht mit GIN für Enthaltenseins- (@&gt;) oder Schlüsselabfragen (?) indizieren. jsonb wird geparst gespeichert, lässt sich schneller abfragen und unterstützt all das. Behalten Sie json nur, wenn der exakte Text (Reihenfolge der Schlüssel, doppelte Schlüssel, Leerraum) erhalten bleiben muss. Den Typ später zu ändern, schreibt die Tabelle neu.</translation>
    </message>
    <message>
        <source>Column %1.%2 is json: use jsonb.</source>
        <translation>Die Spalte %1.%2 ist json: Verwenden Sie jsonb.</translation>
    </message>
    <message>
        <source>Outside a transaction, write statements that can run twice (IF [NOT] EXISTS).</source>
        <translation>Schreiben Sie außerhalb einer Transaktion Anweisungen, die zweimal laufen können (IF [NOT] EXISTS).</translation>
    </message>
    <message>
        <source>A script that does not run in a transaction keeps the statements that succeeded when a later one fails, and the tool does not record the migration as applied. The retry then fails on the first statement that already ran (&quot;relation already exists&quot;, &quot;column does not exist&quot;), and someone has to repair the database by hand. A failed CREATE INDEX CONCURRENTLY also leaves an invalid index behind. Inside a transaction everything rolls back, so migreview only checks scripts (or parts of scripts) that run outside one, and only statements that a later statement could fail after.</source>
        <translation>Ein Skript, das nicht in einer Transaktion läuft, behält die erfolgreichen Anweisungen, wenn eine spätere fehlschlägt, und das Werkzeug verbucht die Migration nicht als angewendet. Der erneute Versuch scheitert dann an der ersten Anweisung, die bereits gelaufen ist (&quot;relation already exists&quot;, &quot;column does not exist&quot;), und jemand muss die Datenbank von Hand reparieren. Ein fehlgeschlagenes CREATE INDEX CONCURRENTLY hinterlässt außerdem einen ungültigen Index. Innerhalb einer Transaktion wird alles zurückgerollt, daher prüft migreview nur Skripte (oder Teile von Skripten), die außerhalb einer Transaktion laufen, und nur Anweisungen, nach denen noch eine spätere Anweisung fehlschlagen könnte.</translation>
    </message>
    <message>
        <source>CREATE TABLE %1 fails when the script is retried after a later statement failed.</source>
        <translation>CREATE TABLE %1 schlägt fehl, wenn das Skript erneut ausgeführt wird, nachdem eine spätere Anweisung fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>CREATE INDEX on %1 has no name, so a retry creates a second index instead of skipping it.</source>
        <translation>CREATE INDEX auf %1 hat keinen Namen, daher legt ein erneuter Versuch einen zweiten Index an, statt ihn zu überspringen.</translation>
    </message>
    <message>
        <source>CREATE INDEX CONCURRENTLY %1 fails on a retry: a failed concurrent build leaves the invalid index %1 behind.</source>
        <translation>CREATE INDEX CONCURRENTLY %1 schlägt bei einem erneuten Versuch fehl: Eine fehlgeschlagene nebenläufige Erstellung hinterlässt den ungültigen Index %1.</translation>
    </message>
    <message>
        <source>CREATE INDEX %1 fails when the script is retried after a later statement failed.</source>
        <translation>CREATE INDEX %1 schlägt fehl, wenn das Skript erneut ausgeführt wird, nachdem eine spätere Anweisung fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>%1 without IF EXISTS fails when the script is retried after a later statement failed.</source>
        <translation>%1 ohne IF EXISTS schlägt fehl, wenn das Skript erneut ausgeführt wird, nachdem eine spätere Anweisung fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>ADD COLUMN %1.%2 fails when the script is retried after a later statement failed.</source>
        <translation>ADD COLUMN %1.%2 schlägt fehl, wenn das Skript erneut ausgeführt wird, nachdem eine spätere Anweisung fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>DROP COLUMN %1.%2 fails when the script is retried after a later statement failed.</source>
        <translation>DROP COLUMN %1.%2 schlägt fehl, wenn das Skript erneut ausgeführt wird, nachdem eine spätere Anweisung fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>DROP CONSTRAINT %1 on %2 fails when the script is retried after a later statement failed.</source>
        <translation>DROP CONSTRAINT %1 auf %2 schlägt fehl, wenn das Skript erneut ausgeführt wird, nachdem eine spätere Anweisung fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>Use text (with a CHECK on length() if needed) instead of varchar(n).</source>
        <translation>Verwenden Sie text (bei Bedarf mit einem CHECK auf length()) statt varchar(n).</translation>
    </message>
    <message>
        <source>In PostgreSQL varchar(n) is text with a length check and no performance benefit. Changing the limit later takes ACCESS EXCLUSIVE: raising it is catalog-only, but lowering it, or changing it on a column an index or view depends on, rewrites or rechecks the table. A CHECK (length(col) &lt;= n) constraint can be replaced with NOT VALID and validated without blocking.</source>
        <translation>In PostgreSQL ist varchar(n) text mit einer Längenprüfung und ohne Leistungsvorteil. Die Grenze später zu ändern, nimmt ACCESS EXCLUSIVE: Sie anzuheben, betrifft nur den Katalog, aber sie zu senken oder sie bei einer Spalte zu ändern, von der ein Index oder eine View abhängt, schreibt die Tabelle neu oder prüft sie erneut. Ein Constraint CHECK (length(col) &lt;= n) lässt sich mit NOT VALID ersetzen und ohne Blockieren validieren.</translation>
    </message>
    <message>
        <source>Column %1.%2 is varchar with a length limit; use text.</source>
        <translation>Die Spalte %1.%2 ist varchar mit Längenbegrenzung; verwenden Sie text.</translation>
    </message>
    <message>
        <source>Use timestamptz, not timestamp without time zone.</source>
        <translation>Verwenden Sie timestamptz statt timestamp without time zone.</translation>
    </message>
    <message>
        <source>timestamp stores a wall-clock reading with no time zone: the same instant written from sessions with different TimeZone settings is stored differently, daylight-saving changes make values ambiguous, and now() is silently converted to the session&apos;s local time. timestamptz stores an instant (UTC) and converts on output, at the same 8 bytes. Converting later rewrites the table.</source>
        <translation>timestamp speichert eine Uhrzeit wie von der Wanduhr abgelesen, ohne Zeitzone: Derselbe Zeitpunkt wird, aus Sitzungen mit unterschiedlichen TimeZone-Einstellungen geschrieben, unterschiedlich gespeichert, Sommerzeitumstellungen machen Werte mehrdeutig, und now() wird stillschweigend in die lokale Zeit der Sitzung umgerechnet. timestamptz speichert einen Zeitpunkt (UTC) und rechnet bei der Ausgabe um, bei denselben 8 Bytes. Eine spätere Umstellung schreibt die Tabelle neu.</translation>
    </message>
    <message>
        <source>Column %1.%2 is timestamp without time zone; use timestamptz.</source>
        <translation>Die Spalte %1.%2 ist timestamp without time zone; verwenden Sie timestamptz.</translation>
    </message>
    <message>
        <source>ADD PRIMARY KEY USING INDEX on a nullable column scans the table under ACCESS EXCLUSIVE.</source>
        <translation>ADD PRIMARY KEY USING INDEX auf einer Spalte, die NULL zulässt, durchsucht die Tabelle unter ACCESS EXCLUSIVE.</translation>
    </message>
    <message>
        <source>Building the unique index CONCURRENTLY and attaching it with ADD PRIMARY KEY USING INDEX avoids the index build under lock, but a primary key&apos;s columns must be NOT NULL: for any column that is not, PostgreSQL runs an implicit SET NOT NULL, which scans every row while holding ACCESS EXCLUSIVE. Since PostgreSQL 12 a validated CHECK (col IS NOT NULL) constraint lets it skip that scan.</source>
        <translation>Den Unique-Index mit CONCURRENTLY zu erstellen und ihn mit ADD PRIMARY KEY USING INDEX anzuhängen, vermeidet die Indexerstellung unter Sperre, aber die Spalten eines Primärschlüssels müssen NOT NULL sein: Für jede Spalte, die es nicht ist, führt PostgreSQL implizit SET NOT NULL aus, das jede Zeile durchsucht, während es ACCESS EXCLUSIVE hält. Seit PostgreSQL 12 kann ein validierter Constraint CHECK (col IS NOT NULL) diesen Scan überflüssig machen.</translation>
    </message>
    <message>
        <source>ACCESS EXCLUSIVE for the NOT NULL scan: blocks all reads and writes.</source>
        <translation>ACCESS EXCLUSIVE für den NOT NULL-Scan: blockiert alle Lese- und Schreibzugriffe.</translation>
    </message>
    <message>
        <source>column %1 is not known to be NOT NULL</source>
        <translation>von der Spalte %1 ist nicht bekannt, dass sie NOT NULL ist</translation>
    </message>
    <message>
        <source>the columns of index %1 are not known to be NOT NULL</source>
        <translation>von den Spalten des Index %1 ist nicht bekannt, dass sie NOT NULL sind</translation>
    </message>
    <message>
        <source>Primary key using index %1: %2, so PostgreSQL sets NOT NULL implicitly and scans the table; it %3 during the scan.</source>
        <translation>Primärschlüssel mit Index %1: %2, daher setzt PostgreSQL implizit NOT NULL und durchsucht die Tabelle; die Anweisung %3, solange der Scan läuft.</translation>
    </message>
    <message>
        <source>Renaming a column breaks the application code that still uses the old name.</source>
        <translation>Das Umbenennen einer Spalte lässt Anwendungscode fehlschlagen, der noch den alten Namen verwendet.</translation>
    </message>
    <message>
        <source>The rename is instant, but from the moment it commits every query the running application sends with the old column name fails, until the new code is deployed everywhere. Add the new column, write to both, backfill, switch reads, and drop the old column in a later release; or rename and expose the old name through a view during the transition.</source>
        <translation>Das Umbenennen erfolgt sofort, aber ab dem Moment des Commits schlägt jede Abfrage fehl, die die laufende Anwendung mit dem alten Spaltennamen sendet, bis der neue Code überall ausgerollt ist. Fügen Sie die neue Spalte hinzu, schreiben Sie in beide, befüllen Sie sie nach, stellen Sie die Lesezugriffe um und löschen Sie die alte Spalte in einem späteren Release; oder benennen Sie um und stellen Sie den alten Namen während der Übergangszeit über eine View bereit.</translation>
    </message>
    <message>
        <source>Renaming column %1.%2 to %3 breaks every running query that still uses %2.</source>
        <translation>Das Umbenennen der Spalte %1.%2 in %3 lässt jede laufende Abfrage fehlschlagen, die noch %2 verwendet.</translation>
    </message>
    <message>
        <source>Renaming a table breaks the application code that still uses the old name.</source>
        <translation>Das Umbenennen einer Tabelle lässt Anwendungscode fehlschlagen, der noch den alten Namen verwendet.</translation>
    </message>
    <message>
        <source>The rename is instant, but from the moment it commits every query the running application sends with the old table name fails, until the new code is deployed everywhere. Rename the table and create a view with the old name (a simple view is updatable), deploy the code that uses the new name, then drop the view in a later migration.</source>
        <translation>Das Umbenennen erfolgt sofort, aber ab dem Moment des Commits schlägt jede Abfrage fehl, die die laufende Anwendung mit dem alten Tabellennamen sendet, bis der neue Code überall ausgerollt ist. Benennen Sie die Tabelle um und legen Sie eine View mit dem alten Namen an (eine einfache View ist aktualisierbar), rollen Sie den Code aus, der den neuen Namen verwendet, und löschen Sie die View dann in einer späteren Migration.</translation>
    </message>
    <message>
        <source>Renaming table %1 to %2 breaks every running query that still uses %1.</source>
        <translation>Das Umbenennen der Tabelle %1 in %2 lässt jede laufende Abfrage fehlschlagen, die noch %1 verwendet.</translation>
    </message>
    <message>
        <source>Build indexes on existing tables with CREATE INDEX CONCURRENTLY.</source>
        <translation>Erstellen Sie Indexe auf bestehenden Tabellen mit CREATE INDEX CONCURRENTLY.</translation>
    </message>
    <message>
        <source>A plain CREATE INDEX holds a SHARE lock on the table until the whole index is built, so every INSERT, UPDATE and DELETE waits; on a large table that is minutes of write downtime.</source>
        <translation>Ein einfaches CREATE INDEX hält eine Sperre im Modus SHARE auf der Tabelle, bis der gesamte Index erstellt ist, sodass jedes INSERT, UPDATE und DELETE wartet; bei einer großen Tabelle sind das Minuten, in denen nicht geschrieben werden kann.</translation>
    </message>
    <message>
        <source>SHARE on the table: blocks writes, allows reads.</source>
        <translation>SHARE auf der Tabelle: blockiert Schreibzugriffe, erlaubt Lesezugriffe.</translation>
    </message>
    <message>
        <source>CREATE INDEX without CONCURRENTLY %1 until the index is built.</source>
        <translation>CREATE INDEX ohne CONCURRENTLY %1, bis der Index erstellt ist.</translation>
    </message>
    <message>
        <source>Drop indexes with DROP INDEX CONCURRENTLY.</source>
        <translation>Löschen Sie Indexe mit DROP INDEX CONCURRENTLY.</translation>
    </message>
    <message>
        <source>A plain DROP INDEX takes ACCESS EXCLUSIVE on the index&apos;s table. The drop itself is quick, but the request waits behind every running query on the table, and every query that arrives after it waits too: reads and writes stop until the longest transaction finishes. DROP INDEX CONCURRENTLY waits for those transactions without blocking anyone.</source>
        <translation>Ein einfaches DROP INDEX nimmt ACCESS EXCLUSIVE auf der Tabelle des Index. Das Löschen selbst geht schnell, aber die Sperranforderung wartet hinter jeder laufenden Abfrage auf der Tabelle, und jede danach eintreffende Abfrage wartet ebenfalls: Lese- und Schreibzugriffe stehen still, bis die längste Transaktion endet. DROP INDEX CONCURRENTLY wartet auf diese Transaktionen, ohne jemanden zu blockieren.</translation>
    </message>
    <message>
        <source>ACCESS EXCLUSIVE on the table: blocks all reads and writes.</source>
        <translation>ACCESS EXCLUSIVE auf der Tabelle: blockiert alle Lese- und Schreibzugriffe.</translation>
    </message>
    <message>
        <source>DROP INDEX %1 without CONCURRENTLY takes ACCESS EXCLUSIVE on the index&apos;s table, which blocks all reads and writes while it waits for running queries.</source>
        <translation>DROP INDEX %1 ohne CONCURRENTLY nimmt ACCESS EXCLUSIVE auf der Tabelle des Index, was alle Lese- und Schreibzugriffe blockiert, während es auf laufende Abfragen wartet.</translation>
    </message>
    <message>
        <source>Detach partitions with DETACH PARTITION ... CONCURRENTLY (PostgreSQL 14+).</source>
        <translation>Trennen Sie Partitionen mit DETACH PARTITION ... CONCURRENTLY ab (PostgreSQL 14+).</translation>
    </message>
    <message>
        <source>ALTER TABLE ... DETACH PARTITION takes ACCESS EXCLUSIVE on the partitioned table, so every query on any partition waits for it, and it waits for every running query first. Since PostgreSQL 14, DETACH PARTITION ... CONCURRENTLY takes only SHARE UPDATE EXCLUSIVE on the parent and runs in two transactions; it cannot run inside a transaction block, nor when the table has a default partition. If it is interrupted, finish it with DETACH PARTITION ... FINALIZE.</source>
        <translation>ALTER TABLE ... DETACH PARTITION nimmt ACCESS EXCLUSIVE auf der partitionierten Tabelle, sodass jede Abfrage auf irgendeiner Partition darauf wartet, und es wartet zuvor selbst auf jede laufende Abfrage. Seit PostgreSQL 14 nimmt DETACH PARTITION ... CONCURRENTLY nur SHARE UPDATE EXCLUSIVE auf der übergeordneten Tabelle und läuft in zwei Transaktionen; es kann weder innerhalb eines Transaktionsblocks laufen noch, wenn die Tabelle eine Default-Partition hat. Wird es unterbrochen, schließen Sie es mit DETACH PARTITION ... FINALIZE ab.</translation>
    </message>
    <message>
        <source>ACCESS EXCLUSIVE on the partitioned table and the partition: blocks all reads and writes.</source>
        <translation>ACCESS EXCLUSIVE auf der partitionierten Tabelle und der Partition: blockiert alle Lese- und Schreibzugriffe.</translation>
    </message>
    <message>
        <source>Detaching partition %1 %2.</source>
        <translation>Das Abtrennen der Partition %1 %2.</translation>
    </message>
    <message>
        <source>Rebuild indexes with REINDEX ... CONCURRENTLY (PostgreSQL 12+).</source>
        <translation>Bauen Sie Indexe mit REINDEX ... CONCURRENTLY neu auf (PostgreSQL 12+).</translation>
    </message>
    <message>
        <source>A plain REINDEX locks out writes to the table (SHARE) for the whole rebuild and takes ACCESS EXCLUSIVE on each index it rebuilds, so queries that would use the index wait too. Since PostgreSQL 12, REINDEX ... CONCURRENTLY builds a new copy next to the old one and swaps them, holding only SHARE UPDATE EXCLUSIVE; it cannot run inside a transaction block.</source>
        <translation>Ein einfaches REINDEX sperrt Schreibzugriffe auf die Tabelle (SHARE) für den gesamten Neuaufbau aus und nimmt ACCESS EXCLUSIVE auf jedem Index, den es neu aufbaut, sodass auch Abfragen warten, die den Index verwenden würden. Seit PostgreSQL 12 baut REINDEX ... CONCURRENTLY eine neue Kopie neben der alten auf und tauscht die beiden aus, wobei es nur SHARE UPDATE EXCLUSIVE hält; es kann nicht innerhalb eines Transaktionsblocks laufen.</translation>
    </message>
    <message>
        <source>SHARE on the table (blocks writes) and ACCESS EXCLUSIVE on the index (blocks queries using it).</source>
        <translation>SHARE auf der Tabelle (blockiert Schreibzugriffe) und ACCESS EXCLUSIVE auf dem Index (blockiert Abfragen, die ihn verwenden).</translation>
    </message>
    <message>
        <source>REINDEX %1 %2 without CONCURRENTLY blocks writes to the table and every query that uses %3 until the rebuild ends.</source>
        <translation>REINDEX %1 %2 ohne CONCURRENTLY blockiert Schreibzugriffe auf die Tabelle und jede Abfrage, die %3 verwendet, bis der Neuaufbau endet.</translation>
    </message>
    <message>
        <source>the index</source>
        <translation>den Index</translation>
    </message>
    <message>
        <source>its indexes</source>
        <translation>ihre Indexe</translation>
    </message>
    <message>
        <source>Say where a new enum value goes with BEFORE or AFTER.</source>
        <translation>Geben Sie mit BEFORE oder AFTER an, wohin ein neuer Enum-Wert gehört.</translation>
    </message>
    <message>
        <source>An enum&apos;s values sort in the order they were declared, not alphabetically: ORDER BY, &lt;, &gt; and indexes on the column use that order. ADD VALUE without BEFORE or AFTER appends the value at the end, which may not be where it belongs (a &apos;paused&apos; status after &apos;archived&apos;). Naming the position makes the intended order explicit. Off by default: appending is often what is meant.</source>
        <translation>Die Werte eines Enums werden in der Reihenfolge sortiert, in der sie deklariert wurden, nicht alphabetisch: ORDER BY, &lt;, &gt; und Indexe auf der Spalte verwenden diese Reihenfolge. ADD VALUE ohne BEFORE oder AFTER hängt den Wert am Ende an, was nicht unbedingt dort ist, wo er hingehört (ein Status &apos;paused&apos; nach &apos;archived&apos;). Die Position anzugeben, macht die beabsichtigte Reihenfolge explizit. Standardmäßig ausgeschaltet: Anhängen ist oft genau das, was gemeint ist.</translation>
    </message>
    <message>
        <source>ADD VALUE &apos;%1&apos; appends the value at the end of enum %2, which is also its sort order.</source>
        <translation>ADD VALUE &apos;%1&apos; hängt den Wert am Ende des Enums %2 an, und das ist zugleich seine Sortierreihenfolge.</translation>
    </message>
    <message>
        <source>Set lock_timeout before statements that take strong locks on existing tables.</source>
        <translation>Setzen Sie lock_timeout vor Anweisungen, die starke Sperren auf bestehenden Tabellen nehmen.</translation>
    </message>
    <message>
        <source>A statement that needs ACCESS EXCLUSIVE or a SHARE-level lock waits behind every transaction already using the table, and while it waits every query that arrives after it queues behind it: even an instant ALTER TABLE can stop all traffic to the table for as long as the longest running transaction. With lock_timeout set the migration fails fast instead and can be retried.</source>
        <translation>Eine Anweisung, die ACCESS EXCLUSIVE oder eine Sperre der SHARE-Stufe braucht, wartet hinter jeder Transaktion, die die Tabelle bereits verwendet, und während sie wartet, reiht sich jede danach eintreffende Abfrage hinter ihr ein: Selbst ein sofort ausgeführtes ALTER TABLE kann den gesamten Verkehr auf der Tabelle so lange anhalten, wie die am längsten laufende Transaktion dauert. Mit gesetztem lock_timeout schlägt die Migration stattdessen schnell fehl und kann wiederholt werden.</translation>
    </message>
    <message>
        <source>Any ACCESS EXCLUSIVE, EXCLUSIVE, SHARE ROW EXCLUSIVE or SHARE lock queues the queries behind it.</source>
        <translation>Jede Sperre ACCESS EXCLUSIVE, EXCLUSIVE, SHARE ROW EXCLUSIVE oder SHARE staut die Abfragen hinter sich auf.</translation>
    </message>
    <message>
        <source>This %1 %2, and no lock_timeout is set: while it waits for running transactions, what it blocks queues behind it.</source>
        <translation>Dieses %1 %2, und es ist kein lock_timeout gesetzt: Während es auf laufende Transaktionen wartet, staut sich hinter ihm alles auf, was es blockiert.</translation>
    </message>
    <message>
        <source>Later statements of this script lock existing tables too (%1 more).</source>
        <translation>Spätere Anweisungen dieses Skripts sperren ebenfalls bestehende Tabellen (%1 weitere).</translation>
    </message>
    <message>
        <source>at the top of the script</source>
        <translation>am Anfang des Skripts</translation>
    </message>
    <message>
        <source>Set statement_timeout before statements that lock existing tables.</source>
        <translation>Setzen Sie statement_timeout vor Anweisungen, die bestehende Tabellen sperren.</translation>
    </message>
    <message>
        <source>A statement that holds ACCESS EXCLUSIVE or a SHARE-level lock while it scans, rewrites or indexes a table blocks the table for as long as it runs, which on a large table can be far longer than expected. statement_timeout bounds that outage: the statement is cancelled and rolled back instead of blocking indefinitely.</source>
        <translation>Eine Anweisung, die ACCESS EXCLUSIVE oder eine Sperre der SHARE-Stufe hält, während sie eine Tabelle durchsucht, neu schreibt oder indiziert, blockiert die Tabelle, solange sie läuft, und das kann bei einer großen Tabelle weit länger dauern als erwartet. statement_timeout begrenzt diesen Ausfall: Die Anweisung wird abgebrochen und zurückgerollt, statt unbegrenzt zu blockieren.</translation>
    </message>
    <message>
        <source>Any ACCESS EXCLUSIVE, EXCLUSIVE, SHARE ROW EXCLUSIVE or SHARE lock blocks writes (and, for ACCESS EXCLUSIVE, reads) while held.</source>
        <translation>Jede Sperre ACCESS EXCLUSIVE, EXCLUSIVE, SHARE ROW EXCLUSIVE oder SHARE blockiert, solange sie gehalten wird, Schreibzugriffe (und bei ACCESS EXCLUSIVE auch Lesezugriffe).</translation>
    </message>
    <message>
        <source>This %1 %2, and no statement_timeout is set: nothing bounds how long it holds the lock.</source>
        <translation>Dieses %1 %2, und es ist kein statement_timeout gesetzt: Nichts begrenzt, wie lange es die Sperre hält.</translation>
    </message>
    <message>
        <source>Do not open or close transactions inside a transaction.</source>
        <translation>Öffnen oder schließen Sie keine Transaktionen innerhalb einer Transaktion.</translation>
    </message>
    <message>
        <source>PostgreSQL has no nested transactions: a BEGIN inside a transaction only raises a warning, and the first COMMIT ends the outer transaction. When the migration tool already wraps the script in a transaction, the script&apos;s COMMIT commits the tool&apos;s transaction early: the statements after it run outside any transaction, and a failure there leaves the migration half applied and not recorded. Use SAVEPOINT for a nested scope, or let either the tool or the script manage the transaction, not both.</source>
        <translation>PostgreSQL hat keine verschachtelten Transaktionen: Ein BEGIN innerhalb einer Transaktion erzeugt nur eine Warnung, und das erste COMMIT beendet die äußere Transaktion. Wenn das Migrationswerkzeug das Skript bereits in eine Transaktion einschließt, committet das COMMIT des Skripts die Transaktion des Werkzeugs vorzeitig: Die Anweisungen danach laufen außerhalb jeder Transaktion, und ein Fehler dort hinterlässt die Migration halb angewendet und nicht verbucht. Verwenden Sie SAVEPOINT für einen verschachtelten Bereich, oder lassen Sie entweder das Werkzeug oder das Skript die Transaktion verwalten, nicht beide.</translation>
    </message>
    <message>
        <source>%1 in a script that %2 already runs in a transaction: PostgreSQL does not nest transactions, so the script&apos;s COMMIT ends the tool&apos;s transaction early.</source>
        <translation>%1 in einem Skript, das %2 bereits in einer Transaktion ausführt: PostgreSQL verschachtelt keine Transaktionen, daher beendet das COMMIT des Skripts die Transaktion des Werkzeugs vorzeitig.</translation>
    </message>
    <message>
        <source>-- remove BEGIN/COMMIT from the script, or turn the tool&apos;s transaction off for this migration</source>
        <translation>-- entfernen Sie BEGIN/COMMIT aus dem Skript oder schalten Sie die Transaktion des Werkzeugs für diese Migration ab</translation>
    </message>
    <message>
        <source>BEGIN inside a transaction block that is already open: PostgreSQL ignores it with a warning, and the next COMMIT ends the outer block.</source>
        <translation>BEGIN innerhalb eines bereits offenen Transaktionsblocks: PostgreSQL ignoriert es mit einer Warnung, und das nächste COMMIT beendet den äußeren Block.</translation>
    </message>
    <message>
        <source>Backfill existing tables in batches, not in one UPDATE or DELETE.</source>
        <translation>Führen Sie Nachbefüllungen bestehender Tabellen in Batches aus, nicht in einem einzigen UPDATE oder DELETE.</translation>
    </message>
    <message>
        <source>An UPDATE or DELETE without a key range or LIMIT touches every matching row in one transaction. Each changed row stays locked until the commit, so application writes to those rows wait; every updated row leaves a dead tuple behind (table and index bloat) and the whole change reaches replicas at once (replication lag). If it fails near the end, all the work is rolled back.</source>
        <translation>Ein UPDATE oder DELETE ohne Schlüsselbereich oder LIMIT betrifft jede passende Zeile in einer einzigen Transaktion. Jede geänderte Zeile bleibt bis zum Commit gesperrt, sodass Schreibzugriffe der Anwendung auf diese Zeilen warten; jede aktualisierte Zeile hinterlässt ein totes Tupel (Aufblähung von Tabelle und Index), und die gesamte Änderung erreicht Replikate auf einmal (Replikationsverzögerung). Schlägt die Anweisung kurz vor dem Ende fehl, wird die gesamte Arbeit zurückgerollt.</translation>
    </message>
    <message>
        <source>ROW EXCLUSIVE on the table and a row lock on every changed row until commit: blocks writes to those rows.</source>
        <translation>ROW EXCLUSIVE auf der Tabelle und eine Zeilensperre auf jeder geänderten Zeile bis zum Commit: blockiert Schreibzugriffe auf diese Zeilen.</translation>
    </message>
    <message>
        <source>%1 on %2 has no key range or LIMIT: every matching row is changed in one transaction and stays locked until it commits.</source>
        <translation>%1 auf %2 hat keinen Schlüsselbereich und kein LIMIT: Jede passende Zeile wird in einer einzigen Transaktion geändert und bleibt bis zu deren Commit gesperrt.</translation>
    </message>
    <message>
        <source>%1 on %2 has no WHERE clause: every row of the table is changed in one transaction and stays locked until it commits.</source>
        <translation>%1 auf %2 hat keine WHERE-Klausel: Jede Zeile der Tabelle wird in einer einzigen Transaktion geändert und bleibt bis zu deren Commit gesperrt.</translation>
    </message>
    <message>
        <source>takes %1 on %2, which %3</source>
        <translation>sperrt %2 im Modus %1, was %3</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>; and </source>
        <translation>; und </translation>
    </message>
    <message>
        <source>An integer key stops at 2147483647: once a sequence reaches it every INSERT fails. Changing the column to bigint then rewrites the table and its indexes under ACCESS EXCLUSIVE, and every foreign key column that references it as well. bigint costs 4 bytes more per row. migreview flags only key-like columns: primary keys, identity and serial columns, columns named id, and *_id columns with a foreign key; other integer columns (counts, flags) are fine.</source>
        <translation>Ein integer-Schlüssel endet bei 2147483647: Sobald eine Sequenz diesen Wert erreicht, schlägt jedes INSERT fehl. Die Spalte dann auf bigint umzustellen, schreibt die Tabelle und ihre Indexe unter ACCESS EXCLUSIVE neu, und ebenso jede Fremdschlüsselspalte, die sie referenziert. bigint kostet 4 Bytes mehr pro Zeile. migreview meldet nur schlüsselartige Spalten: Primärschlüssel, Identity- und serial-Spalten, Spalten namens id und *_id-Spalten mit Fremdschlüssel; andere integer-Spalten (Zähler, Flags) sind unproblematisch.</translation>
    </message>
    <message>
        <source>A smallint key stops at 32767: once a sequence reaches it every INSERT fails. Changing the column to bigint then rewrites the table and its indexes under ACCESS EXCLUSIVE, and every foreign key column that references it as well. bigint costs 6 bytes more per row. migreview flags only key-like columns: primary keys, identity and serial columns, columns named id, and *_id columns with a foreign key; other smallint columns (counts, flags) are fine.</source>
        <translation>Ein smallint-Schlüssel endet bei 32767: Sobald eine Sequenz diesen Wert erreicht, schlägt jedes INSERT fehl. Die Spalte dann auf bigint umzustellen, schreibt die Tabelle und ihre Indexe unter ACCESS EXCLUSIVE neu, und ebenso jede Fremdschlüsselspalte, die sie referenziert. bigint kostet 6 Bytes mehr pro Zeile. migreview meldet nur schlüsselartige Spalten: Primärschlüssel, Identity- und serial-Spalten, Spalten namens id und *_id-Spalten mit Fremdschlüssel; andere smallint-Spalten (Zähler, Flags) sind unproblematisch.</translation>
    </message>
    <message>
        <source>%1 %2.%3 is %4, which runs out at %5; use %6.</source>
        <translation>%1 %2.%3 ist %4; der Wertebereich endet bei %5. Verwenden Sie %6.</translation>
    </message>
    <message>
        <source>An up script has no statement.</source>
        <translation>Ein Up-Skript enthält keine Anweisung.</translation>
    </message>
    <message>
        <source>A migration whose up script is empty, or holds only comments, does nothing, yet the tool records it as applied: the change it was meant to make never happens, and a later migration that relies on it fails in production. Usually the SQL was left out or saved in the wrong file. A deliberately empty migration (a placeholder) should say so in a suppression comment.</source>
        <translation>Eine Migration, deren Up-Skript leer ist oder nur Kommentare enthält, bewirkt nichts, wird vom Werkzeug aber als angewendet vermerkt: Die beabsichtigte Änderung geschieht nie, und eine spätere Migration, die sich darauf verlässt, schlägt in Produktion fehl. Meist wurde das SQL vergessen oder in der falschen Datei gespeichert. Eine absichtlich leere Migration (ein Platzhalter) sollte das in einem Unterdrückungskommentar sagen.</translation>
    </message>
    <message>
        <source>This up script is empty: the migration does nothing.</source>
        <translation>Dieses Up-Skript ist leer: Die Migration bewirkt nichts.</translation>
    </message>
    <message>
        <source>This up script holds only comments: the migration does nothing.</source>
        <translation>Dieses Up-Skript enthält nur Kommentare: Die Migration bewirkt nichts.</translation>
    </message>
    <message>
        <source>-- fill the existing rows (the value is yours), in batches; then, so that SET NOT NULL needs no scan:</source>
        <translation>-- die vorhandenen Zeilen füllen (der Wert ist Ihre Wahl), in Stapeln; dann, damit SET NOT NULL nicht scannt:</translation>
    </message>
    <message>
        <source>-- in a later migration:</source>
        <translation>-- in einer späteren Migration:</translation>
    </message>
    <message>
        <source>CONCURRENTLY cannot run in a transaction</source>
        <translation>CONCURRENTLY kann nicht in einer Transaktion laufen</translation>
    </message>
    <message>
        <source>-- then, in the next migration:</source>
        <translation>-- dann, in der nächsten Migration:</translation>
    </message>
    <message>
        <source>-- then, in the next migration (SET NOT NULL scans the table once):</source>
        <translation>-- dann, in der nächsten Migration (SET NOT NULL scannt die Tabelle einmal):</translation>
    </message>
    <message>
        <source>-- and on each column of type %1, the condition as a table constraint: ADD CONSTRAINT ... CHECK (...) NOT VALID, then VALIDATE CONSTRAINT in a later migration</source>
        <translation>-- und auf jeder Spalte vom Typ %1 die Bedingung als Tabellen-Constraint: ADD CONSTRAINT ... CHECK (...) NOT VALID, dann VALIDATE CONSTRAINT in einer späteren Migration</translation>
    </message>
    <message>
        <source>-- keep it current for new rows (a BEFORE INSERT OR UPDATE trigger), then fill the others:</source>
        <translation>-- für neue Zeilen aktuell halten (ein BEFORE INSERT OR UPDATE-Trigger), dann die übrigen füllen:</translation>
    </message>
    <message>
        <source>-- keep the new column in step for new writes (a trigger or the application); backfill:</source>
        <translation>-- die neue Spalte bei neuen Schreibzugriffen mitführen (Trigger oder Anwendung); auffüllen:</translation>
    </message>
    <message>
        <source>-- then, in one short transaction:</source>
        <translation>-- dann, in einer kurzen Transaktion:</translation>
    </message>
    <message>
        <source>-- move the UPDATE that fills %1 before this, then constrain it:</source>
        <translation>-- das UPDATE, das %1 füllt, vor diese Anweisung ziehen, dann einschränken:</translation>
    </message>
    <message>
        <source>-- delete the rows of %1 explicitly before their %2 row:</source>
        <translation>-- die Zeilen von %1 ausdrücklich vor ihrer Zeile in %2 löschen:</translation>
    </message>
    <message>
        <source>UPDATE of %1 sets column %2 from %3; set it from the row&apos;s own columns, or to one fixed, reviewed constant.</source>
        <translation>UPDATE von %1 setzt Spalte %2 aus %3; setzen Sie sie aus den eigenen Spalten der Zeile oder auf eine feste, geprüfte Konstante.</translation>
    </message>
    <message>
        <source>-- a rerun skips the rows already written:</source>
        <translation>-- ein erneuter Lauf überspringt die schon geschriebenen Zeilen:</translation>
    </message>
    <message>
        <source>-- the application writes both columns from now on; fill the new one:</source>
        <translation>-- die Anwendung schreibt ab jetzt beide Spalten; die neue füllen:</translation>
    </message>
    <message>
        <source>-- in a later release, once no code reads the old name:</source>
        <translation>-- in einer späteren Version, sobald kein Code den alten Namen liest:</translation>
    </message>
    <message>
        <source>Adding column %1 of type %2 rewrites %3: the type is a nextval() default, volatile, so every existing row is written with its own value; the rewrite %4.</source>
        <translation>Das Hinzufügen der Spalte %1 vom Typ %2 schreibt %3 neu: der Typ ist ein nextval()-Vorgabewert, volatil, also wird jede vorhandene Zeile mit einem eigenen Wert geschrieben; das Neuschreiben %4.</translation>
    </message>
    <message>
        <source>Several ALTER TABLE statements that each scan or rewrite one table in one transaction can be one statement.</source>
        <translation>Mehrere ALTER-TABLE-Anweisungen, die jede dieselbe Tabelle in einer Transaktion lesen oder neu schreiben, können eine Anweisung sein.</translation>
    </message>
    <message>
        <source>Actions that scan or rewrite the table (SET NOT NULL, a validated ADD CONSTRAINT, ALTER COLUMN TYPE) do so once per statement, all under the statement&apos;s lock. One ALTER TABLE with several comma-separated actions does a single scan or rewrite for all of them. Catalog-only actions (ADD COLUMN without a volatile default, SET DEFAULT, DROP COLUMN, NOT VALID constraints) take milliseconds each and are not worth combining.</source>
        <translation>Aktionen, die die Tabelle lesen oder neu schreiben (SET NOT NULL, ein validiertes ADD CONSTRAINT, ALTER COLUMN TYPE), tun das einmal je Anweisung, jeweils unter deren Sperre. Ein ALTER TABLE mit mehreren durch Kommas getrennten Aktionen liest oder schreibt die Tabelle für alle nur einmal. Reine Katalogaktionen (ADD COLUMN ohne volatilen Vorgabewert, SET DEFAULT, DROP COLUMN, NOT-VALID-Constraints) dauern je Millisekunden und lohnen das Zusammenfassen nicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n ALTER TABLE statements on %1 in one transaction could be one statement: %2 of them scan or rewrite the table, one pass would do.</source>
        <translation>
            <numerusform>%n ALTER-TABLE-Anweisung auf %1 in einer Transaktion könnte eine Anweisung sein: %2 davon lesen oder schreiben die Tabelle, ein Durchgang würde reichen.</numerusform>
            <numerusform>%n ALTER-TABLE-Anweisungen auf %1 in einer Transaktion könnten eine Anweisung sein: %2 davon lesen oder schreiben die Tabelle, ein Durchgang würde reichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A foreign key&apos;s columns have no index that starts with them.</source>
        <translation>Für die Spalten eines Fremdschlüssels gibt es keinen Index, der mit ihnen beginnt.</translation>
    </message>
    <message>
        <source>No index on %1 starts with (%2), the columns of its foreign key to %3: each DELETE from %3, and each change of its key, scans %1 for references.</source>
        <translation>Kein Index auf %1 beginnt mit (%2), den Spalten seines Fremdschlüssels auf %3: jedes DELETE aus %3 und jede Änderung seines Schlüssels liest %1 nach Verweisen.</translation>
    </message>
    <message>
        <source>golang-migrate, sqlx (reversible), Diesel, dbmate, pop and Sqitch can undo a migration with its down or revert script. A repository where no migration has one is taken as forward-only by design (or say so with forward_only in .migreview.toml) and gets no finding. Without one - or with an empty one - rolling back a bad deploy means writing the reverse SQL by hand under pressure, and the tool&apos;s version table and the schema drift apart.</source>
        <translation>golang-migrate, sqlx (umkehrbar), Diesel, dbmate, pop und Sqitch können eine Migration mit ihrem Down- oder Revert-Skript rückgängig machen. Ein Repository, in dem keine Migration eines hat, gilt als absichtlich nur vorwärts (oder man sagt es mit forward_only in .migreview.toml) und erhält keinen Befund. Ohne ein solches Skript - oder mit einem leeren - heißt das Zurückrollen eines fehlerhaften Deployments, das umgekehrte SQL unter Zeitdruck von Hand zu schreiben, und die Versionstabelle des Werkzeugs und das Schema laufen auseinander.</translation>
    </message>
    <message>
        <source>The value written depends on when the migration ran (now(), clock_timestamp()) or on chance (random()): development, staging and production end up with different data, a backfill done in batches stamps each batch differently, and a re-run changes rows that were already done. For timestamps, now() records the migration time, not the fact the column is meant to hold. Fresh identifiers (gen_random_uuid(), nextval()) and updated_at = now() are not reported, nor are the repository&apos;s own functions (often identifier generators) unless what they are given is non-deterministic.</source>
        <translation>Der geschriebene Wert hängt davon ab, wann die Migration lief (now(), clock_timestamp()), oder vom Zufall (random()): Entwicklung, Staging und Produktion erhalten verschiedene Daten, ein Backfill in Stapeln stempelt jeden Stapel anders, und ein erneuter Lauf ändert bereits erledigte Zeilen. Bei Zeitstempeln hält now() die Zeit der Migration fest, nicht die Tatsache, die die Spalte festhalten soll. Frische Bezeichner (gen_random_uuid(), nextval()) und updated_at = now() werden nicht gemeldet, ebenso wenig die eigenen Funktionen des Repositorys (oft Erzeuger von Bezeichnern), außer was sie erhalten ist nicht deterministisch.</translation>
    </message>
    <message>
        <source>%1 with no transaction open: PostgreSQL only warns that there is no transaction in progress, and the statements before it have already committed one by one. A BEGIN is missing above, or this %1 is left over.</source>
        <translation>%1 ohne offene Transaktion: PostgreSQL warnt nur, dass keine Transaktion läuft, und die Anweisungen davor sind bereits einzeln committet. Oben fehlt ein BEGIN, oder dieses %1 ist übrig geblieben.</translation>
    </message>
    <message>
        <source>-- remove the %1, or open the transaction it ends with BEGIN where it should start</source>
        <translation>-- das %1 entfernen oder die Transaktion, die es beendet, mit BEGIN dort öffnen, wo sie beginnen soll</translation>
    </message>
    <message>
        <source>PostgreSQL indexes the referenced side of a foreign key (its primary key or unique constraint) but not the referencing side. Without an index whose leading columns are the foreign key&apos;s, each DELETE of a referenced row, and each UPDATE of its key, scans the whole referencing table to look for references (ON DELETE CASCADE scans it to find the rows to delete): deletes that took a millisecond take as long as a scan, holding their row locks meanwhile. A partial index does not serve those lookups, unless its WHERE only leaves out the rows whose key is null. Checked on tables earlier migrations created, whose indexes the migrations show; an index created later in the same script counts.</source>
        <translation>PostgreSQL indiziert die referenzierte Seite eines Fremdschlüssels (ihren Primärschlüssel oder Unique-Constraint), nicht aber die referenzierende. Ohne einen Index, dessen führende Spalten die des Fremdschlüssels sind, liest jedes DELETE einer referenzierten Zeile und jedes UPDATE ihres Schlüssels die ganze referenzierende Tabelle nach Verweisen (ON DELETE CASCADE liest sie, um die zu löschenden Zeilen zu finden): Löschungen, die eine Millisekunde dauerten, dauern so lange wie ein vollständiger Lesedurchgang und halten so lange ihre Zeilensperren. Ein partieller Index dient diesen Suchen nicht, außer sein WHERE lässt nur die Zeilen aus, deren Schlüssel NULL ist. Geprüft auf Tabellen, die frühere Migrationen angelegt haben und deren Indizes die Migrationen zeigen; ein später im selben Skript angelegter Index zählt.</translation>
    </message>
</context>
<context>
    <name>migreview::rules::fixes</name>
    <message>
        <source>-- the first batch; repeat with id BETWEEN 10001 AND 20000 and so on up to max(id),
-- each batch in its own transaction (outside the migration&apos;s transaction):</source>
        <translation>-- der erste Stapel; wiederholen mit id BETWEEN 10001 AND 20000 usw. bis max(id),
-- jeder Stapel in einer eigenen Transaktion (außerhalb der Transaktion der Migration):</translation>
    </message>
    <message>
        <source>-- the first batch (pages 0 to 999); repeat with the next 1000 pages up to the table&apos;s size,
-- each batch in its own transaction (outside the migration&apos;s transaction):</source>
        <translation>-- der erste Stapel (Seiten 0 bis 999); wiederholen mit den nächsten 1000 Seiten bis zur Größe der Tabelle,
-- jeder Stapel in einer eigenen Transaktion (außerhalb der Transaktion der Migration):</translation>
    </message>
    <message>
        <source>-- in a later migration (its own transaction), once the constraint holds for the new rows:</source>
        <translation>-- in einer späteren Migration (eigene Transaktion), sobald der Constraint für die neuen Zeilen gilt:</translation>
    </message>
    <message>
        <source>a new Flyway migration V&lt;next&gt;__&lt;name&gt;.sql with V&lt;next&gt;__&lt;name&gt;.sql.conf holding executeInTransaction=false</source>
        <translation>einer neuen Flyway-Migration V&lt;next&gt;__&lt;name&gt;.sql mit V&lt;next&gt;__&lt;name&gt;.sql.conf mit executeInTransaction=false</translation>
    </message>
    <message>
        <source>a new sqlx migration &lt;next&gt;_&lt;name&gt;.sql whose first line is -- no-transaction</source>
        <translation>einer neuen sqlx-Migration &lt;next&gt;_&lt;name&gt;.sql, deren erste Zeile -- no-transaction ist</translation>
    </message>
    <message>
        <source>a new dbmate migration &lt;timestamp&gt;_&lt;name&gt;.sql whose up section starts -- migrate:up transaction:false</source>
        <translation>einer neuen dbmate-Migration &lt;timestamp&gt;_&lt;name&gt;.sql, deren up-Abschnitt mit -- migrate:up transaction:false beginnt</translation>
    </message>
    <message>
        <source>a new sqitch change whose deploy script has no BEGIN/COMMIT</source>
        <translation>einer neuen sqitch-Änderung, deren deploy-Skript kein BEGIN/COMMIT hat</translation>
    </message>
    <message>
        <source>a new migration file holding this statement alone, run outside a transaction</source>
        <translation>einer neuen Migrationsdatei mit dieser Anweisung allein, außerhalb einer Transaktion ausgeführt</translation>
    </message>
    <message>
        <source>-- %1: in %2.</source>
        <translation>-- %1: in %2.</translation>
    </message>
    <message>
        <source>a new Diesel migration (%1) with a metadata.toml holding run_in_transaction = false; one such statement per up.sql (Diesel sends the file as one query)</source>
        <translation>eine neue Diesel-Migration (%1) mit einer metadata.toml mit run_in_transaction = false; eine solche Anweisung je up.sql (Diesel sendet die Datei als eine Abfrage)</translation>
    </message>
    <message>
        <source>a new golang-migrate migration %1 holding this statement alone (the file is sent as one query)</source>
        <translation>eine neue golang-migrate-Migration %1, die nur diese Anweisung enthält (die Datei wird als eine Abfrage gesendet)</translation>
    </message>
    <message>
        <source>a new Prisma migration %1 holding this statement alone (the file is sent as one query)</source>
        <translation>eine neue Prisma-Migration %1, die nur diese Anweisung enthält (die Datei wird als eine Abfrage gesendet)</translation>
    </message>
    <message>
        <source>a new migration %1 holding this statement alone</source>
        <translation>eine neue Migration %1, die nur diese Anweisung enthält</translation>
    </message>
    <message>
        <source>a migration run outside pop, which runs every migration in a transaction and has no way to turn it off (for example psql, once, before the pop migration that needs it)</source>
        <translation>eine Migration außerhalb von pop, das jede Migration in einer Transaktion ausführt und das nicht abschalten lässt (zum Beispiel einmal mit psql, vor der pop-Migration, die sie braucht)</translation>
    </message>
    <message>
        <source>COMMIT;  -- end the transaction right after %1, then
BEGIN;   -- run the following statements in a new transaction (or migration)</source>
        <translation>COMMIT;  -- die Transaktion direkt nach %1 beenden, dann
BEGIN;   -- die folgenden Anweisungen in einer neuen Transaktion (oder Migration) ausführen</translation>
    </message>
    <message>
        <source>the migration tool</source>
        <translation>das Migrationswerkzeug</translation>
    </message>
    <message>
        <source>-- %1 sends this file as one query, which runs as one transaction:
-- move this statement and the ones after it into a new migration, %2,
-- so that %3 commits first (a COMMIT here would too, but a failure after it
-- would leave the migration half applied and not recorded).</source>
        <translation>-- %1 sendet diese Datei als eine Abfrage, die als eine Transaktion läuft:
-- diese Anweisung und die folgenden in eine neue Migration verschieben, %2,
-- damit %3 zuerst committet (ein COMMIT hier täte das auch, aber ein Fehler danach
-- ließe die Migration halb angewendet und nicht verzeichnet zurück).</translation>
    </message>
    <message>
        <source>-- %1 runs this migration in one transaction, and a COMMIT written here would end it early (transaction-nesting):
-- move this statement and the ones after it into a new migration, %2,
-- so that %3 commits first.</source>
        <translation>-- %1 führt diese Migration in einer Transaktion aus, und ein hier geschriebenes COMMIT würde sie vorzeitig beenden (transaction-nesting):
-- diese Anweisung und die folgenden in eine neue Migration verschieben, %2,
-- damit %3 zuerst committet.</translation>
    </message>
</context>
<context>
    <name>migreview::sql</name>
    <message>
        <source>binary file (a NUL byte at offset %1)</source>
        <translation>Binärdatei (ein NUL-Byte an Offset %1)</translation>
    </message>
    <message>
        <source>not valid UTF-8 (a bad byte at offset %1)</source>
        <translation>kein gültiges UTF-8 (ein ungültiges Byte an Offset %1)</translation>
    </message>
    <message>
        <source>the parser&apos;s output could not be read</source>
        <translation>die Ausgabe des Parsers konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>nested too deeply for PostgreSQL&apos;s parser (%1)</source>
        <translation>zu tief verschachtelt für den Parser von PostgreSQL (%1)</translation>
    </message>
</context>
<context>
    <name>migreview::sql::detail</name>
    <message>
        <source>the DO block</source>
        <translation>des DO-Blocks</translation>
    </message>
    <message>
        <source>function %1</source>
        <translation>der Funktion %1</translation>
    </message>
</context>
<context>
    <name>migreview::sql::detail::BodyParser</name>
    <message>
        <source>%1 (in the PL/pgSQL body of %2)</source>
        <translation>%1 (im PL/pgSQL-Rumpf %2)</translation>
    </message>
</context>
<context>
    <name>migreview::stats</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON an Offset %1: %2</translation>
    </message>
    <message>
        <source>not a migreview statistics snapshot (&quot;format&quot; is not &quot;migreview-stats-snapshot&quot;)</source>
        <translation>kein migreview-Statistik-Snapshot (&quot;format&quot; ist nicht &quot;migreview-stats-snapshot&quot;)</translation>
    </message>
    <message>
        <source>a table in the snapshot has no &quot;name&quot;</source>
        <translation>eine Tabelle im Snapshot hat kein &quot;name&quot;</translation>
    </message>
    <message>
        <source>table %1 has a negative row count</source>
        <translation>Tabelle %1 hat eine negative Zeilenanzahl</translation>
    </message>
    <message>
        <source>cannot read the statistics snapshot %1: %2</source>
        <translation>der Statistik-Snapshot %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the statistics snapshot %1 is too large</source>
        <translation>der Statistik-Snapshot %1 ist zu groß</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cannot connect to the database: %1</source>
        <translation>keine Verbindung zur Datenbank: %1</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr verfügbar</translation>
    </message>
    <message>
        <source>the server is PostgreSQL %1; snapshots need 11 or later</source>
        <translation>der Server ist PostgreSQL %1; Snapshots brauchen 11 oder neuer</translation>
    </message>
    <message>
        <source>the capture query failed: %1</source>
        <translation>die Erfassungsabfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not a valid snapshot: %1</source>
        <translation>die Antwort des Servers ist kein gültiger Snapshot: %1</translation>
    </message>
    <message>
        <source>snapshot format version %1 is not supported (this build reads versions 1 and 2)</source>
        <translation>Snapshot-Formatversion %1 wird nicht unterstützt (diese Version liest die Versionen 1 und 2)</translation>
    </message>
    <message>
        <source>the calibration schema %1 could not be dropped: %2</source>
        <translation>das Kalibrierungsschema %1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>calibration failed: %1</source>
        <translation>Kalibrierung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>migreview::stats::Session</name>
    <message>
        <source>calibration statement failed (%1): %2</source>
        <translation>Kalibrierungsanweisung fehlgeschlagen (%1): %2</translation>
    </message>
</context>
<context>
    <name>migreview::trace</name>
    <message>
        <source>row count changed by %1%</source>
        <translation>Zeilenzahl um %1% geändert</translation>
    </message>
    <message>
        <source>null fraction changed from %1 to %2</source>
        <translation>NULL-Anteil von %1 auf %2 geändert</translation>
    </message>
    <message>
        <source>population stability index %1 (over %2)</source>
        <translation>Population Stability Index %1 (über %2)</translation>
    </message>
    <message>
        <source>Kolmogorov-Smirnov distance %1 (over %2)</source>
        <translation>Kolmogorow-Smirnow-Abstand %1 (über %2)</translation>
    </message>
    <message>
        <source>no up migration to trace</source>
        <translation>keine Up-Migration zum Tracen</translation>
    </message>
    <message>
        <source>no migration %1 with statements to trace</source>
        <translation>keine Migration %1 mit Anweisungen zum Tracen</translation>
    </message>
    <message>
        <source>the server is PostgreSQL %1; tracing needs 13 or later</source>
        <translation>der Server ist PostgreSQL %1; Tracen braucht 13 oder neuer</translation>
    </message>
    <message>
        <source>%1:%2: %3 failed: %4</source>
        <translation>%1:%2: %3 fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>%1: COMMIT failed: %2</source>
        <translation>%1: COMMIT fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>dropped afterwards</source>
        <translation>danach gelöscht</translation>
    </message>
    <message>
        <source>NOT dropped</source>
        <translation>NICHT gelöscht</translation>
    </message>
    <message>
        <source> (estimated %1 ms)</source>
        <translation> (geschätzt %1 ms)</translation>
    </message>
    <message numerus="yes">
        <source>, %n row(s)</source>
        <translation>
            <numerusform>, %n Zeile</numerusform>
            <numerusform>, %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>, rewrote %1</source>
        <translation>, %1 neu geschrieben</translation>
    </message>
    <message>
        <source>, WAL %1 bytes</source>
        <translation>, WAL %1 Bytes</translation>
    </message>
    <message>
        <source>    locks: %1</source>
        <translation>    Sperren: %1</translation>
    </message>
    <message>
        <source>rows %1 -&gt; %2, nulls %3 -&gt; %4</source>
        <translation>Zeilen %1 -&gt; %2, NULL-Anteil %3 -&gt; %4</translation>
    </message>
    <message>
        <source>, min %1 -&gt; %2, max %3 -&gt; %4</source>
        <translation>, Min %1 -&gt; %2, Max %3 -&gt; %4</translation>
    </message>
    <message>
        <source>, PSI %1, KS %2</source>
        <translation>, PSI %1, KS %2</translation>
    </message>
    <message>
        <source> (on a sample of about %1 rows)</source>
        <translation> (auf einer Stichprobe von etwa %1 Zeilen)</translation>
    </message>
    <message>
        <source>    DRIFT: %1</source>
        <translation>    DRIFT: %1</translation>
    </message>
    <message>
        <source>Cancelled.
</source>
        <translation>Abgebrochen.
</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>Fehler: %1
</translation>
    </message>
    <message>
        <source>### Trace on a scratch copy of `%1` (PostgreSQL %2)

</source>
        <translation>### Trace auf einer Wegwerfkopie von `%1` (PostgreSQL %2)

</translation>
    </message>
    <message>
        <source>| statement | measured | estimated | rows | rewrite | locks |
|---|---:|---:|---:|---|---|
</source>
        <translation>| Anweisung | gemessen | geschätzt | Zeilen | neu geschrieben | Sperren |
|---|---:|---:|---:|---|---|
</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>
| column | rows | nulls | PSI | KS | drift |
|---|---|---|---:|---:|---|
</source>
        <translation>
| Spalte | Zeilen | NULL-Anteil | PSI | KS | Drift |
|---|---|---|---:|---:|---|
</translation>
    </message>
    <message>
        <source>**Failed:** %1</source>
        <translation>**Fehlgeschlagen:** %1</translation>
    </message>
    <message>
        <source>the connection string cannot be read: %1</source>
        <translation>die Verbindungszeichenkette kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2): %3</source>
        <translation>%1 ist fehlgeschlagen (Exit-Code %2): %3</translation>
    </message>
    <message>
        <source>MIGREVIEW_PG_BINDIR is %1, which holds no pg_dump and psql</source>
        <translation>MIGREVIEW_PG_BINDIR ist %1, dort gibt es kein pg_dump und psql</translation>
    </message>
    <message>
        <source>copying a database needs pg_dump and psql: install postgresql-client-17 or set MIGREVIEW_PG_BINDIR to their folder</source>
        <translation>das Kopieren einer Datenbank braucht pg_dump und psql: installieren Sie postgresql-client-17 oder setzen Sie MIGREVIEW_PG_BINDIR auf deren Ordner</translation>
    </message>
    <message>
        <source>cannot copy the schema: %1</source>
        <translation>das Schema kann nicht kopiert werden: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>cannot copy the rows of %1: %2</source>
        <translation>die Zeilen von %1 können nicht kopiert werden: %2</translation>
    </message>
    <message>
        <source>cannot copy the indexes and constraints: %1</source>
        <translation>Indexe und Constraints können nicht kopiert werden: %1</translation>
    </message>
    <message>
        <source>foreign key %1 on %2 is NOT VALID in the copy: the sampled rows do not all have their parents</source>
        <translation>Fremdschlüssel %1 auf %2 ist in der Kopie NOT VALID: nicht alle Zeilen der Stichprobe haben ihre Elternzeilen</translation>
    </message>
    <message>
        <source>foreign key %1 on %2 is missing from the copy: %3</source>
        <translation>Fremdschlüssel %1 auf %2 fehlt in der Kopie: %3</translation>
    </message>
    <message>
        <source>not copied: %1</source>
        <translation>nicht kopiert: %1</translation>
    </message>
    <message>
        <source>%1: there is no executable %2 in %3</source>
        <translation>%1: in %3 gibt es kein ausführbares %2</translation>
    </message>
    <message>
        <source>%1: `%2 --version` failed: %3 %4</source>
        <translation>%1: `%2 --version` ist fehlgeschlagen: %3 %4</translation>
    </message>
    <message>
        <source>%1: cannot tell the version of %2 from its output &quot;%3&quot;</source>
        <translation>%1: die Version von %2 ist aus seiner Ausgabe &quot;%3&quot; nicht erkennbar</translation>
    </message>
    <message>
        <source>%1: migreview needs PostgreSQL %2, but %3 is &quot;%4&quot;; install postgresql-%2 or set %5 to the bin folder of a PostgreSQL %2</source>
        <translation>%1: migreview braucht PostgreSQL %2, aber %3 ist &quot;%4&quot;; installieren Sie postgresql-%2 oder setzen Sie %5 auf den bin-Ordner eines PostgreSQL %2</translation>
    </message>
    <message>
        <source>an UPDATE that is not a plain one (WITH, WHERE CURRENT OF) sets it</source>
        <translation>ein nicht einfaches UPDATE (WITH, WHERE CURRENT OF) setzt sie</translation>
    </message>
    <message>
        <source>an UPDATE without a WHERE sets it: every row is targeted</source>
        <translation>ein UPDATE ohne WHERE setzt sie: jede Zeile ist Ziel</translation>
    </message>
    <message>
        <source>not checked on a table of over %1 rows</source>
        <translation>nicht geprüft bei einer Tabelle mit über %1 Zeilen</translation>
    </message>
    <message>
        <source>the table has no primary key (or does not exist before the migration)</source>
        <translation>die Tabelle hat keinen Primärschlüssel (oder existiert vor der Migration nicht)</translation>
    </message>
    <message>
        <source>a type change converts every row</source>
        <translation>eine Typänderung konvertiert jede Zeile</translation>
    </message>
    <message>
        <source>a new column</source>
        <translation>eine neue Spalte</translation>
    </message>
    <message>
        <source>no UPDATE sets it</source>
        <translation>kein UPDATE setzt sie</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>nicht geprüft: %1</translation>
    </message>
    <message>
        <source>not checked: a WHERE cannot be evaluated before the migration: %1</source>
        <translation>nicht geprüft: ein WHERE kann vor der Migration nicht ausgewertet werden: %1</translation>
    </message>
    <message>
        <source>%1 rows outside the WHERE of the UPDATEs that set it changed (keys %2)</source>
        <translation>%1 Zeilen außerhalb des WHERE der UPDATEs, die sie setzen, haben sich geändert (Schlüssel %2)</translation>
    </message>
    <message>
        <source>no local PostgreSQL 17 could be started: %1</source>
        <translation>kein lokales PostgreSQL 17 konnte gestartet werden: %1</translation>
    </message>
    <message>
        <source>not used: %1</source>
        <translation>nicht verwendet: %1</translation>
    </message>
    <message>
        <source>%1 was copied as a sample of %2 of its %3 rows: row counts, durations and distributions are of the sample</source>
        <translation>%1 wurde als Stichprobe von %2 seiner %3 Zeilen kopiert: Zeilenzahlen, Dauern und Verteilungen beziehen sich auf die Stichprobe</translation>
    </message>
    <message>
        <source>CREATE DATABASE ... TEMPLATE</source>
        <translation>CREATE DATABASE ... TEMPLATE</translation>
    </message>
    <message>
        <source>copying the schema and the touched tables on the same server</source>
        <translation>Kopieren des Schemas und der betroffenen Tabellen auf demselben Server</translation>
    </message>
    <message>
        <source>copying the schema and the touched tables into a local PostgreSQL 17</source>
        <translation>Kopieren des Schemas und der betroffenen Tabellen in ein lokales PostgreSQL 17</translation>
    </message>
    <message>
        <source>no method</source>
        <translation>keine Methode</translation>
    </message>
    <message>
        <source>Traced on %1, a scratch copy of %2 (PostgreSQL %3) made by %4, %5.
</source>
        <translation>Getract auf %1, einer Wegwerfkopie von %2 (PostgreSQL %3), angelegt durch %4, %5.
</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>Hinweis: %1
</translation>
    </message>
    <message>
        <source>, %1 targeted by the WHEREs, %2 changed outside them</source>
        <translation>, %1 von den WHEREs erfasst, %2 außerhalb davon geändert</translation>
    </message>
    <message>
        <source>The copy was made by %1.</source>
        <translation>Die Kopie wurde angelegt durch %1.</translation>
    </message>
</context>
<context>
    <name>migreview::trace::ScratchDatabase</name>
    <message>
        <source>cannot make the scratch copy of %1 (CREATE DATABASE ... TEMPLATE needs the CREATEDB right and no other session on %1): %2</source>
        <translation>die Wegwerfkopie von %1 kann nicht angelegt werden (CREATE DATABASE ... TEMPLATE braucht das Recht CREATEDB und keine andere Sitzung auf %1): %2</translation>
    </message>
    <message>
        <source>the scratch database %1 could not be dropped: %2</source>
        <translation>die Wegwerfdatenbank %1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>cannot create an empty scratch database (this needs the CREATEDB right): %1</source>
        <translation>eine leere Wegwerfdatenbank kann nicht angelegt werden (dafür ist das Recht CREATEDB nötig): %1</translation>
    </message>
</context>
<context>
    <name>migreview::trace::TemporaryPostgres</name>
    <message>
        <source>%1 is &quot;%2&quot;, which is not a folder; set it to the bin folder of a PostgreSQL %3 (such as %4) or unset it</source>
        <translation>%1 ist &quot;%2&quot;, das ist kein Ordner; setzen Sie es auf den bin-Ordner eines PostgreSQL %3 (etwa %4) oder entfernen Sie es</translation>
    </message>
    <message>
        <source>no PostgreSQL %1 found: %2 is not set, %3 does not exist and there is no pg_config in PATH; install postgresql-%1 or set %2 to its bin folder</source>
        <translation>kein PostgreSQL %1 gefunden: %2 ist nicht gesetzt, %3 existiert nicht und im PATH gibt es kein pg_config; installieren Sie postgresql-%1 oder setzen Sie %2 auf dessen bin-Ordner</translation>
    </message>
    <message>
        <source>no PostgreSQL %1 found: %2 is not set, %3 does not exist and `%4 --bindir` failed; set %2 to the bin folder of a PostgreSQL %1</source>
        <translation>kein PostgreSQL %1 gefunden: %2 ist nicht gesetzt, %3 existiert nicht und `%4 --bindir` ist fehlgeschlagen; setzen Sie %2 auf den bin-Ordner eines PostgreSQL %1</translation>
    </message>
    <message>
        <source>cannot make a temporary folder in %1: %2</source>
        <translation>in %1 kann kein temporärer Ordner angelegt werden: %2</translation>
    </message>
    <message>
        <source>the temporary folder %1 is too long a path for a Unix socket; set TMPDIR to a shorter folder such as /tmp</source>
        <translation>der temporäre Ordner %1 ist ein zu langer Pfad für einen Unix-Socket; setzen Sie TMPDIR auf einen kürzeren Ordner wie /tmp</translation>
    </message>
    <message>
        <source>cannot give %1 to the user %2: %3</source>
        <translation>%1 kann nicht dem Benutzer %2 übergeben werden: %3</translation>
    </message>
    <message>
        <source>the user %1, which PostgreSQL runs as, cannot reach %2 because %3 is closed to it; set TMPDIR to a folder such as /tmp</source>
        <translation>der Benutzer %1, unter dem PostgreSQL läuft, erreicht %2 nicht, weil %3 für ihn gesperrt ist; setzen Sie TMPDIR auf einen Ordner wie /tmp</translation>
    </message>
    <message>
        <source>could not switch to the user %1 (uid %2, gid %3) to run PostgreSQL, which refuses to run as root</source>
        <translation>konnte nicht zum Benutzer %1 (uid %2, gid %3) wechseln, um PostgreSQL auszuführen, das nicht als root läuft</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>%1 did not finish within 120 s:
%2</source>
        <translation>%1 wurde nicht innerhalb von 120 s fertig:
%2</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2%3):
%4</source>
        <translation>%1 ist fehlgeschlagen (Exit-Code %2%3):
%4</translation>
    </message>
    <message>
        <source>libpq rejects the connection string &quot;%1&quot;</source>
        <translation>libpq lehnt die Verbindungszeichenkette &quot;%1&quot; ab</translation>
    </message>
    <message>
        <source>the PostgreSQL server (%1/postgres) exited during start-up (%2 %3); its log:
%4</source>
        <translation>der PostgreSQL-Server (%1/postgres) hat sich beim Start beendet (%2 %3); sein Protokoll:
%4</translation>
    </message>
    <message>
        <source>crashed, signal or error:</source>
        <translation>abgestürzt, Signal oder Fehler:</translation>
    </message>
    <message>
        <source>the PostgreSQL server did not accept connections within %1 s on %2; its log:
%3</source>
        <translation>der PostgreSQL-Server hat innerhalb von %1 s auf %2 keine Verbindungen angenommen; sein Protokoll:
%3</translation>
    </message>
    <message>
        <source>the server cannot be restarted: it is running or was never started</source>
        <translation>der Server kann nicht neu gestartet werden: Er läuft oder wurde nie gestartet</translation>
    </message>
    <message>
        <source>the server did not come back on %1</source>
        <translation>der Server ist auf %1 nicht wieder hochgekommen</translation>
    </message>
</context>
</TS>
