<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>Migration Review Workbench: review PostgreSQL migrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A migration repository (folder) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a statistics snapshot (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this file of the repository first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light or dark (default: the desktop&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window once the repository is read, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>migreview::app</name>
    <message>
        <source>--color-scheme must be light or dark, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>migreview::app::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — migreview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no .sql files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syntax error at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SQL file of the open repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a migration repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a statistics snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics snapshots (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No repository open (File › Open Folder…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n SQL file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>statistics: %1, %n table(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>migreview::cli</name>
    <message>
        <source>parse SQL files with PostgreSQL&apos;s parser; list statements or syntax errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: migreview COMMAND [OPTIONS] [ARGS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;migreview COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migreview: unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parses every .sql file under each PATH with libpg_query (PostgreSQL 17&apos;s parser) and prints each statement&apos;s kind and line range, or the syntax error as file:line:column. Exits 1 when a file has a syntax error or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .sql file or a folder searched for .sql files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migreview parse: --format must be text or json, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migreview parse: give at least one PATH (a .sql file or a folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migreview parse: %1: no .sql files found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>migreview::repository</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large to be a migration (%1 MiB; the limit is %2 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>migreview::sql</name>
    <message>
        <source>binary file (a NUL byte at offset %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8 (a bad byte at offset %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parser&apos;s output could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>migreview::stats</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a migreview statistics snapshot (&quot;format&quot; is not &quot;migreview-stats-snapshot&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot format version %1 is not supported (this build reads version 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table in the snapshot has no &quot;name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 has a negative row count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the statistics snapshot %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statistics snapshot %1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
