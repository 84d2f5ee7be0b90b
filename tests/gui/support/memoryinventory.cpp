#include "gui/support/memoryinventory.h"

#include "backend/api/inventorytypes.h"

namespace edge::testsupport {

using namespace edge::api;

struct MemoryInventory::Watcher {
    std::function<void(const Change &)> onChange;
    std::function<void(const Error &)> onEnd;
    std::deque<Change> queue;
    std::optional<Error> endWith;
    bool busy = false; // a callback is running on the delivery thread
    bool cancelled = false;
    bool ended = false;
};

class MemoryInventory::Sub final : public Subscription {
public:
    Sub(MemoryInventory *owner, int id)
        : m_owner(owner)
        , m_id(id)
    {}
    ~Sub() override
    {
        std::unique_lock lock(m_owner->m_mutex);
        auto it = m_owner->m_watchers.find(m_id);
        if (it == m_owner->m_watchers.end())
            return;
        auto w = it->second;
        w->cancelled = true;
        m_owner->m_watchers.erase(it);
        // No callback runs after the destructor returns.
        m_owner->m_cv.wait(lock, [&] { return !w->busy; });
    }

private:
    MemoryInventory *m_owner;
    int m_id;
};

MemoryInventory::MemoryInventory()
    : m_thread([this] { deliverLoop(); })
{}

MemoryInventory::~MemoryInventory()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_cv.notify_all();
    m_thread.join();
}

qint64 MemoryInventory::revision() const
{
    std::lock_guard lock(m_mutex);
    return m_revision;
}

int MemoryInventory::liveSubscriptions() const
{
    std::lock_guard lock(m_mutex);
    int n = 0;
    for (const auto &[id, w] : m_watchers)
        n += w->ended ? 0 : 1;
    return n;
}

QString MemoryInventory::parentOf(const Record &r) const
{
    const QString f = schemaOf(r.kind).parentField;
    return f.isEmpty() ? QString() : r.fields.value(f).toString();
}

void MemoryInventory::commit(Change change, bool sameRevision)
{
    // Like the store, one transaction (a cascading delete) is one revision with several changes.
    change.revision = sameRevision ? m_revision : ++m_revision;
    if (change.op != ChangeOp::Deleted)
        change.record.revision = change.revision;
    m_log.append(change);
    for (auto &[id, w] : m_watchers)
        w->queue.push_back(change);
    m_cv.notify_all();
}

Result<Record> MemoryInventory::create(const Record &record)
{
    auto norm = normalizeRecord(record);
    if (!norm)
        return std::unexpected(norm.error());
    if (auto v = validateRecord(*norm, true); !v)
        return std::unexpected(v.error());
    std::lock_guard lock(m_mutex);
    for (const auto &[key, r] : m_records)
        if (r.kind == norm->kind && r.name() == norm->name() && parentOf(r) == parentOf(*norm))
            return fail(Code::AlreadyExists,
                        QStringLiteral("A %1 named '%2' already exists.")
                            .arg(kindName(norm->kind), norm->name()),
                        {}, QStringLiteral("name"));
    Record r = *norm;
    r.id = QStringLiteral("mem-%1").arg(m_nextId++);
    // Fill every schema field so records look like the store's.
    for (const FieldSpec &f : schemaOf(r.kind).fields)
        if (!r.fields.contains(f.name))
            r.fields.insert(f.name, QVariant());
    Change c;
    c.op = ChangeOp::Created;
    c.kind = r.kind;
    c.id = r.id;
    c.record = r;
    commit(c);
    r.revision = m_revision;
    m_records[{int(r.kind), r.id}] = r;
    return r;
}

Result<Record> MemoryInventory::get(EntityKind kind, const QString &id)
{
    std::lock_guard lock(m_mutex);
    auto it = m_records.find({int(kind), id});
    if (it == m_records.end())
        return fail(Code::NotFound, QStringLiteral("No %1 with id %2.").arg(kindName(kind), id));
    return it->second;
}

Result<Record> MemoryInventory::update(const Record &patch)
{
    auto norm = normalizeRecord(patch);
    if (!norm)
        return std::unexpected(norm.error());
    std::lock_guard lock(m_mutex);
    auto it = m_records.find({int(patch.kind), patch.id});
    if (it == m_records.end())
        return fail(Code::NotFound,
                    QStringLiteral("No %1 with id %2.").arg(kindName(patch.kind), patch.id));
    if (patch.revision != 0 && patch.revision != it->second.revision)
        return fail(Code::Conflict,
                    QStringLiteral("Changed since revision %1.").arg(patch.revision));
    Record r = it->second;
    for (auto f = norm->fields.cbegin(); f != norm->fields.cend(); ++f)
        r.fields.insert(f.key(), f.value());
    if (auto v = validateRecord(r, true); !v)
        return std::unexpected(v.error());
    Change c;
    c.op = ChangeOp::Updated;
    c.kind = r.kind;
    c.id = r.id;
    c.record = r;
    commit(c);
    r.revision = m_revision;
    it->second = r;
    return r;
}

Result<void> MemoryInventory::remove(EntityKind kind, const QString &id, bool cascade)
{
    std::lock_guard lock(m_mutex);
    auto it = m_records.find({int(kind), id});
    if (it == m_records.end())
        return fail(Code::NotFound, QStringLiteral("No %1 with id %2.").arg(kindName(kind), id));
    QList<std::pair<int, QString>> children;
    for (const auto &[key, r] : m_records)
        if (schemaOf(r.kind).parentKind == kind && parentOf(r) == id)
            children.append(key);
    if (!children.isEmpty() && !cascade)
        return fail(Code::FailedPrecondition,
                    QStringLiteral("The %1 has children.").arg(kindName(kind)));
    children.append({int(kind), id});
    bool first = true;
    for (const auto &key : children) {
        Change c;
        c.op = ChangeOp::Deleted;
        c.kind = EntityKind(key.first);
        c.id = key.second;
        c.record.kind = c.kind;
        c.record.id = c.id;
        commit(c, !first);
        first = false;
        m_records.erase(key);
    }
    return {};
}

Result<ListPage> MemoryInventory::list(const ListQuery &query)
{
    std::lock_guard lock(m_mutex);
    ListPage page;
    page.revision = m_revision;
    QList<Record> all;
    for (const auto &[key, r] : m_records) {
        if (r.kind != query.kind)
            continue;
        if (!query.parentId.isEmpty() && parentOf(r) != query.parentId)
            continue;
        if (!query.name.isEmpty() && r.name() != query.name)
            continue;
        if (!query.search.isEmpty()) {
            bool hit = false;
            for (const char *f : {"name", "code", "address", "model", "serial"})
                hit = hit
                      || r.fields.value(QString::fromLatin1(f))
                             .toString()
                             .contains(query.search, Qt::CaseInsensitive);
            if (!hit)
                continue;
        }
        all.append(r);
    }
    page.total = int(all.size());
    const int from = std::min(int(all.size()), query.offset);
    const int n = query.limit > 0 ? std::min(query.limit, int(all.size()) - from)
                                  : int(all.size()) - from;
    page.records = all.mid(from, n);
    return page;
}

Result<int> MemoryInventory::removeDemoData()
{
    std::lock_guard lock(m_mutex);
    QList<std::pair<int, QString>> demo;
    // Children first, like a store with foreign keys would.
    for (EntityKind k : {EntityKind::Device, EntityKind::Node, EntityKind::Cabinet,
                         EntityKind::Site, EntityKind::Region})
        for (const auto &[key, r] : m_records)
            if (r.kind == k && r.fields.value(QStringLiteral("demo")).toBool())
                demo.append(key);
    bool first = true;
    for (const auto &key : demo) {
        Change c;
        c.op = ChangeOp::Deleted;
        c.kind = EntityKind(key.first);
        c.id = key.second;
        c.record.kind = c.kind;
        c.record.id = c.id;
        commit(c, !first);
        first = false;
        m_records.erase(key);
    }
    return int(demo.size());
}

Result<std::unique_ptr<Subscription>> MemoryInventory::watch(
    qint64 fromRevision, std::function<void(const Change &)> onChange,
    std::function<void(const Error &)> onEnd)
{
    std::lock_guard lock(m_mutex);
    auto w = std::make_shared<Watcher>();
    w->onChange = std::move(onChange);
    w->onEnd = std::move(onEnd);
    for (const Change &c : std::as_const(m_log))
        if (c.revision > fromRevision)
            w->queue.push_back(c);
    const int id = m_nextWatcher++;
    m_watchers[id] = w;
    m_cv.notify_all();
    return std::make_unique<Sub>(this, id);
}

void MemoryInventory::endStreams(const Error &error)
{
    std::lock_guard lock(m_mutex);
    for (auto &[id, w] : m_watchers)
        w->endWith = error;
    m_cv.notify_all();
}

void MemoryInventory::deliverLoop()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        std::shared_ptr<Watcher> next;
        m_cv.wait(lock, [&] {
            if (m_stopping)
                return true;
            for (auto &[id, w] : m_watchers)
                if (!w->ended && (!w->queue.empty() || w->endWith)) {
                    next = w;
                    return true;
                }
            return false;
        });
        if (m_stopping)
            return;
        next->busy = true;
        if (!next->queue.empty()) {
            const Change c = next->queue.front();
            next->queue.pop_front();
            lock.unlock();
            next->onChange(c);
            lock.lock();
        } else {
            const Error e = *next->endWith;
            next->ended = true;
            lock.unlock();
            next->onEnd(e);
            lock.lock();
        }
        next->busy = false;
        m_cv.notify_all();
    }
}

} // namespace edge::testsupport
