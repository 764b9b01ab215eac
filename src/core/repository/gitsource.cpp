// Pull-request review: the migrations of a git range's HEAD, read from the commit's tree (not
// the working tree, which may hold anything), marked with what the range changed.

#include "source.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <git2.h>

#include <algorithm>
#include <memory>
#include <optional>

namespace migreview::repository {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("migreview::repository", text);
}

// libgit2 counts its initialisations: each load pairs its own init with a shutdown.
struct LibGit2
{
    LibGit2() { git_libgit2_init(); }
    ~LibGit2() { git_libgit2_shutdown(); }
    Q_DISABLE_COPY_MOVE(LibGit2)
};

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *object) const { Free(object); }
};
using RepositoryPtr = std::unique_ptr<git_repository, Deleter<git_repository, git_repository_free>>;
using ObjectPtr = std::unique_ptr<git_object, Deleter<git_object, git_object_free>>;
using TreePtr = std::unique_ptr<git_tree, Deleter<git_tree, git_tree_free>>;
using TreeEntryPtr = std::unique_ptr<git_tree_entry, Deleter<git_tree_entry, git_tree_entry_free>>;
using BlobPtr = std::unique_ptr<git_blob, Deleter<git_blob, git_blob_free>>;

QString lastGitError()
{
    const git_error *error = git_error_last();
    return error && error->message ? QString::fromUtf8(error->message).trimmed() : tr("unknown libgit2 error");
}

bool isCandidate(const QString &name)
{
    return isLayoutFile(name);
}

// The files under one folder of a commit: relative path -> blob id.
struct Listing
{
    QHash<QString, git_oid> blobs;
    QStringList order;
};

int collectBlob(const char *root, const git_tree_entry *entry, void *payload)
{
    auto *listing = static_cast<Listing *>(payload);
    const QString name = QString::fromUtf8(git_tree_entry_name(entry));
    const git_object_t type = git_tree_entry_type(entry);
    if (type == GIT_OBJECT_TREE)
        return name.startsWith(u'.') ? 1 : 0; // hidden folders (.github, .cache) hold no migrations
    if (type != GIT_OBJECT_BLOB || !isCandidate(name))
        return 0;
    const QString path = QString::fromUtf8(root) + name;
    listing->blobs.insert(path, *git_tree_entry_id(entry));
    listing->order.push_back(path);
    return 0;
}

struct Commit
{
    TreePtr tree;
    git_oid id{}; // the commit's (or, for a bare tree, the tree's) id
    bool isCommit = false;
    QString error;
};

QString shortId(const git_oid &id)
{
    char text[8] = {};
    git_oid_tostr(text, sizeof text, &id);
    return QString::fromLatin1(text);
}

Commit peelToTree(git_repository *repository, git_object *object)
{
    Commit result;
    git_object *commit = nullptr;
    if (git_object_peel(&commit, object, GIT_OBJECT_COMMIT) == 0) {
        result.id = *git_object_id(commit);
        result.isCommit = true;
        git_object_free(commit);
    } else {
        result.id = *git_object_id(object);
    }
    git_object *peeled = nullptr;
    if (git_object_peel(&peeled, object, GIT_OBJECT_TREE) != 0) {
        result.error = lastGitError();
        return result;
    }
    result.tree.reset(reinterpret_cast<git_tree *>(peeled));
    Q_UNUSED(repository)
    return result;
}

Commit resolveCommit(git_repository *repository, const QString &spec)
{
    git_object *object = nullptr;
    if (git_revparse_single(&object, repository, spec.toUtf8().constData()) != 0) {
        Commit result;
        result.error = lastGitError();
        return result;
    }
    ObjectPtr owned(object);
    return peelToTree(repository, object);
}

// "BASE..HEAD" or "BASE...HEAD" (HEAD may be left out: HEAD), or nothing when text is no range.
struct RangeText
{
    QString base;
    QString head;
    bool fromMergeBase = false;
};

std::optional<RangeText> parseRange(const QString &text)
{
    const QString range = text.trimmed();
    const qsizetype dots = range.indexOf(QLatin1StringView(".."));
    if (dots <= 0)
        return std::nullopt;
    RangeText parsed;
    parsed.base = range.left(dots);
    qsizetype headStart = dots + 2;
    if (range.mid(headStart).startsWith(u'.')) {
        parsed.fromMergeBase = true;
        ++headStart;
    }
    const QString head = range.mid(headStart);
    if (head.startsWith(u'.') || head.contains(QLatin1StringView("..")))
        return std::nullopt;
    parsed.head = head.isEmpty() ? QStringLiteral("HEAD") : head;
    return parsed;
}

// What lies at relative in tree: a folder's files, or one file (kind tells which).
enum class Kind { Missing, Folder, File };

Kind listAt(git_repository *repository, git_tree *tree, const QString &relative, Listing &listing)
{
    if (relative.isEmpty()) {
        git_tree_walk(tree, GIT_TREEWALK_PRE, collectBlob, &listing);
        return Kind::Folder;
    }
    git_tree_entry *entry = nullptr;
    if (git_tree_entry_bypath(&entry, tree, relative.toUtf8().constData()) != 0)
        return Kind::Missing;
    TreeEntryPtr owned(entry);
    if (git_tree_entry_type(entry) == GIT_OBJECT_BLOB) {
        const QString name = relative.mid(relative.lastIndexOf(u'/') + 1);
        listing.blobs.insert(name, *git_tree_entry_id(entry));
        listing.order.push_back(name);
        return Kind::File;
    }
    if (git_tree_entry_type(entry) != GIT_OBJECT_TREE)
        return Kind::Missing;
    git_tree *subtree = nullptr;
    if (git_tree_lookup(&subtree, repository, git_tree_entry_id(entry)) != 0)
        return Kind::Missing;
    TreePtr ownedTree(subtree);
    git_tree_walk(subtree, GIT_TREEWALK_PRE, collectBlob, &listing);
    return Kind::Folder;
}

FileContents readBlob(git_repository *repository, const git_oid &id)
{
    FileContents contents;
    git_blob *blob = nullptr;
    if (git_blob_lookup(&blob, repository, &id) != 0) {
        contents.error = tr("cannot read from git: %1").arg(lastGitError());
        return contents;
    }
    BlobPtr owned(blob);
    const auto size = qint64(git_blob_rawsize(blob));
    if (size > MaximumSqlFileBytes) {
        contents.error = tr("too large to be a migration (%1 MiB; the limit is %2 MiB)")
                             .arg(size / (1024 * 1024))
                             .arg(MaximumSqlFileBytes / (1024 * 1024));
        return contents;
    }
    contents.bytes = QByteArray(static_cast<const char *>(git_blob_rawcontent(blob)), size);
    return contents;
}

} // namespace

Repository loadGitRange(const QString &path, const LoadOptions &options)
{
    Repository result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = tr("%1: no such file or folder").arg(path);
        return result;
    }
    const QString canonical = info.canonicalFilePath();
    result.root = info.isFile() ? QFileInfo(canonical).absolutePath() : canonical;

    const std::optional<RangeText> range = parseRange(options.gitRange);
    if (!range) {
        result.error = tr("\"%1\" is not a git range: give it as BASE..HEAD (or BASE...HEAD, from their merge base), for example origin/main..HEAD")
                           .arg(options.gitRange);
        return result;
    }
    const QString baseSpec = range->base;
    const QString headSpec = range->head;

    LibGit2 libgit2;
    git_repository *opened = nullptr;
    if (git_repository_open_ext(&opened, QFile::encodeName(canonical).constData(), 0, nullptr) != 0) {
        result.error = tr("%1 is not in a git repository, so the range %2 cannot be read").arg(path, options.gitRange);
        return result;
    }
    RepositoryPtr repository(opened);
    const char *workdir = git_repository_workdir(repository.get());
    if (!workdir) {
        result.error = tr("the git repository of %1 has no working tree").arg(path);
        return result;
    }
    const QString top = QDir(QFile::decodeName(workdir)).canonicalPath();
    QString relative = QDir(top).relativeFilePath(canonical);
    if (relative == QLatin1StringView("."))
        relative.clear();

    Commit base = resolveCommit(repository.get(), baseSpec);
    if (!base.tree) {
        result.error = tr("cannot find %1 (the BASE of %2) in the git repository at %3: %4").arg(baseSpec, options.gitRange, top, base.error);
        return result;
    }
    const Commit head = resolveCommit(repository.get(), headSpec);
    if (!head.tree) {
        result.error = tr("cannot find %1 (the HEAD of %2) in the git repository at %3: %4").arg(headSpec, options.gitRange, top, head.error);
        return result;
    }
    if (range->fromMergeBase) {
        // BASE...HEAD: what HEAD's branch did since it left BASE, as git diff reads it.
        git_oid mergeBase;
        if (!base.isCommit || !head.isCommit || git_merge_base(&mergeBase, repository.get(), &base.id, &head.id) != 0) {
            result.error = tr("%1 and %2 have no common ancestor, so %3 has no merge base to compare with").arg(baseSpec, headSpec, options.gitRange);
            return result;
        }
        git_commit *commit = nullptr;
        if (git_commit_lookup(&commit, repository.get(), &mergeBase) != 0) {
            result.error = tr("cannot read the merge base of %1: %2").arg(options.gitRange, lastGitError());
            return result;
        }
        base = peelToTree(repository.get(), reinterpret_cast<git_object *>(commit));
        git_commit_free(commit);
        if (!base.tree) {
            result.error = tr("cannot read the merge base of %1: %2").arg(options.gitRange, base.error);
            return result;
        }
    }
    result.gitRange = options.gitRange.trimmed();
    result.gitBase = shortId(base.id);
    result.gitHead = shortId(head.id);

    Listing headFiles;
    Listing baseFiles;
    const Kind headKind = listAt(repository.get(), head.tree.get(), relative, headFiles);
    const Kind baseKind = listAt(repository.get(), base.tree.get(), relative, baseFiles);
    if (headKind == Kind::Missing && baseKind == Kind::Missing) {
        result.error = tr("%1 is neither in %2 nor in %3").arg(relative.isEmpty() ? path : relative, headSpec, baseSpec);
        return result;
    }

    // Paths shown to the user point into the working tree, where an editor opens them.
    const QString folder = info.isFile() ? QFileInfo(relative).path() : relative;
    const QString absoluteRoot = folder.isEmpty() || folder == QLatin1StringView(".") ? top : top + u'/' + folder;
    git_repository *repo = repository.get();
    std::vector<SourceFile> files;
    for (const QString &file : std::as_const(headFiles.order)) {
        SourceFile source;
        source.relativePath = file;
        source.absolutePath = absoluteRoot + u'/' + file;
        const git_oid id = headFiles.blobs.value(file);
        const auto inBase = baseFiles.blobs.constFind(file);
        // Same blob id, same bytes: comparing ids is comparing checksums.
        source.gitChange = inBase == baseFiles.blobs.constEnd() ? GitChange::Added
            : git_oid_equal(&*inBase, &id)                    ? GitChange::Unchanged
                                                              : GitChange::Modified;
        source.load = [repo, id] { return readBlob(repo, id); };
        files.push_back(std::move(source));
    }
    for (const QString &file : std::as_const(baseFiles.order)) {
        if (headFiles.blobs.contains(file))
            continue;
        SourceFile source;
        source.relativePath = file;
        source.absolutePath = absoluteRoot + u'/' + file;
        source.gitChange = GitChange::Deleted;
        const git_oid id = baseFiles.blobs.value(file);
        // BASE's bytes tell the layout (dbmate markers); the loader drops them from the script.
        source.load = [repo, id] { return readBlob(repo, id); };
        files.push_back(std::move(source));
    }
    const bool singleFile = headKind == Kind::File || (headKind == Kind::Missing && baseKind == Kind::File);
    loadLayouts(std::move(files), result, options, singleFile);

    // BASE as the tool saw it, to tell what an edit of history changed: the bytes, and how the
    // tool runs the script (a metadata.toml or a marker can change that without touching it).
    Repository before;
    before.root = result.root;
    std::vector<SourceFile> baseSources;
    for (const QString &file : std::as_const(baseFiles.order)) {
        SourceFile source;
        source.relativePath = file;
        source.absolutePath = absoluteRoot + u'/' + file;
        const git_oid id = baseFiles.blobs.value(file);
        source.load = [repo, id] { return readBlob(repo, id); };
        baseSources.push_back(std::move(source));
    }
    if (baseKind != Kind::Missing)
        loadLayouts(std::move(baseSources), before, options, singleFile);
    QHash<QString, const MigrationScript *> atBase;
    for (const Migration &migration : before.migrations) {
        for (const MigrationScript &script : migration.scripts)
            atBase.insert(script.relativePath + u'\n' + directionName(script.direction), &script); // dbmate: two scripts, one file
    }
    QSet<QString> reported;
    for (Migration &migration : result.migrations) {
        for (MigrationScript &script : migration.scripts) {
            const MigrationScript *old = atBase.value(script.relativePath + u'\n' + directionName(script.direction));
            if (!old || script.gitChange == GitChange::Deleted || script.gitChange == GitChange::Added)
                continue;
            if (script.gitChange == GitChange::Modified)
                script.baseBytes = old->bytes;
            if (old->transactionMode != script.transactionMode)
                script.baseTransactionMode = old->transactionMode;
        }
        migration.gitChange = migrationChange(migration);
        // Flyway's repeatable migrations are meant to be edited: they rerun when they change.
        for (const MigrationScript &script : migration.scripts) {
            if (script.direction == Direction::Repeatable || reported.contains(script.relativePath))
                continue;
            const bool modeChanged = script.baseTransactionMode && *script.baseTransactionMode != script.transactionMode;
            if (script.gitChange == GitChange::Modified || modeChanged || script.gitChange == GitChange::Deleted)
                reported.insert(script.relativePath);
            if (script.gitChange == GitChange::Modified || modeChanged)
                result.problems.push_back({RepositoryProblem::Kind::History, script.relativePath,
                                           tr("%1 exists at BASE and this range changes it: databases that already applied it will not run the new "
                                              "version")
                                               .arg(script.relativePath)});
            else if (script.gitChange == GitChange::Deleted)
                result.problems.push_back({RepositoryProblem::Kind::History, script.relativePath,
                                           tr("%1 exists at BASE and this range deletes it: databases that applied it keep its effects, and the tool "
                                              "may refuse to run without it")
                                               .arg(script.relativePath)});
        }
    }
    return result;
}
} // namespace migreview::repository

namespace migreview::repository {

std::vector<GitReference> listGitReferences(const QString &path, int recentCommits, QString *error)
{
    std::vector<GitReference> references;
    LibGit2 libgit2;
    git_repository *opened = nullptr;
    if (git_repository_open_ext(&opened, QFile::encodeName(QFileInfo(path).absoluteFilePath()).constData(), 0, nullptr) != 0) {
        if (error)
            *error = tr("%1 is not in a git repository: %2").arg(path, lastGitError());
        return references;
    }
    RepositoryPtr repository(opened);
    // Branches (local, then remote) and tags, by name; then HEAD's latest commits.
    git_reference_iterator *iterator = nullptr;
    if (git_reference_iterator_new(&iterator, repository.get()) == 0) {
        std::vector<GitReference> branches, remotes, tags;
        git_reference *reference = nullptr;
        while (git_reference_next(&reference, iterator) == 0) {
            const QString name = QString::fromUtf8(git_reference_shorthand(reference));
            if (git_reference_is_branch(reference))
                branches.push_back({name, QStringLiteral("branch")});
            else if (git_reference_is_remote(reference) && !name.endsWith(QLatin1StringView("/HEAD")))
                remotes.push_back({name, QStringLiteral("remote branch")});
            else if (git_reference_is_tag(reference))
                tags.push_back({name, QStringLiteral("tag")});
            git_reference_free(reference);
        }
        git_reference_iterator_free(iterator);
        for (auto *list : {&branches, &remotes, &tags}) {
            std::sort(list->begin(), list->end(), [](const GitReference &a, const GitReference &b) { return a.name < b.name; });
            references.insert(references.end(), list->begin(), list->end());
        }
    }
    git_revwalk *walk = nullptr;
    if (recentCommits > 0 && git_revwalk_new(&walk, repository.get()) == 0) {
        git_revwalk_sorting(walk, GIT_SORT_TIME);
        if (git_revwalk_push_head(walk) == 0) {
            git_oid id;
            for (int i = 0; i < recentCommits && git_revwalk_next(&id, walk) == 0; ++i) {
                git_commit *commit = nullptr;
                if (git_commit_lookup(&commit, repository.get(), &id) != 0)
                    continue;
                char shortId[8] = {};
                git_oid_tostr(shortId, sizeof shortId, &id);
                references.push_back({QString::fromLatin1(shortId), QStringLiteral("commit"), QString::fromUtf8(git_commit_summary(commit))});
                git_commit_free(commit);
            }
        }
        git_revwalk_free(walk);
    }
    return references;
}

} // namespace migreview::repository

namespace migreview::repository {

GitIdentity gitIdentity(const QString &path)
{
    GitIdentity identity;
    LibGit2 libgit2;
    git_repository *opened = nullptr;
    if (git_repository_open_ext(&opened, QFile::encodeName(QFileInfo(path).absoluteFilePath()).constData(), 0, nullptr) != 0)
        return identity;
    RepositoryPtr repository(opened);
    git_oid head;
    if (git_reference_name_to_id(&head, repository.get(), "HEAD") == 0) {
        char text[GIT_OID_HEXSZ + 1] = {};
        git_oid_tostr(text, sizeof text, &head);
        identity.head = QString::fromLatin1(text);
    }
    git_reference *reference = nullptr;
    if (git_repository_head(&reference, repository.get()) == 0) {
        if (git_reference_is_branch(reference))
            identity.branch = QString::fromUtf8(git_reference_shorthand(reference));
        git_reference_free(reference);
    }
    git_remote *remote = nullptr;
    if (git_remote_lookup(&remote, repository.get(), "origin") == 0) {
        identity.remoteUrl = withoutCredentials(QString::fromUtf8(git_remote_url(remote)));
        git_remote_free(remote);
    }
    int status = 0;
    git_status_options options = GIT_STATUS_OPTIONS_INIT;
    options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED;
    git_status_list *list = nullptr;
    if (git_status_list_new(&list, repository.get(), &options) == 0) {
        status = int(git_status_list_entrycount(list));
        git_status_list_free(list);
    }
    identity.dirty = status > 0;
    return identity;
}

QString withoutCredentials(const QString &url)
{
    // https://user:token@host/x.git -> https://host/x.git; scp-like git@host:x.git has no secret.
    static const QRegularExpression userInfo(QStringLiteral("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@]*@"));
    QString cleaned = url;
    cleaned.replace(userInfo, QStringLiteral("\\1"));
    return cleaned;
}

} // namespace migreview::repository
