#pragma once

#include <QHash>

#include <cmath>
#include <memory>
#include <optional>
#include <utility>

namespace migreview::analysis {

// A hash map that stays cheap to copy when the copies differ by a few writes. The bulk of the
// entries sits in an immutable base shared by all copies; the writes since the base was made sit
// in a small overlay (a removal is an empty entry there). SchemaState is copied before every
// migration and script, and once more by rules that replay a script; with a plain QHash each
// copy's first write copied every table seen so far, which made linting quadratic in the number
// of migrations (20,000 migrations took 57 s, 5,000 took 2.5 s).
template<typename Key, typename Value>
class LayeredHash
{
public:
    // The value of key, or nullptr. Valid until the next write to this map.
    const Value *find(const Key &key) const
    {
        const auto written = m_overlay.constFind(key);
        if (written != m_overlay.constEnd())
            return written->has_value() ? &**written : nullptr;
        if (!m_base)
            return nullptr;
        const auto based = m_base->constFind(key);
        return based == m_base->constEnd() ? nullptr : &*based;
    }

    bool contains(const Key &key) const { return find(key) != nullptr; }

    Value value(const Key &key) const
    {
        const Value *found = find(key);
        return found ? *found : Value();
    }

    void insert(const Key &key, Value value)
    {
        compactIfLarge();
        m_overlay.insert(key, std::optional<Value>(std::move(value)));
    }

    void remove(const Key &key)
    {
        if (!contains(key))
            return;
        compactIfLarge();
        if (m_base && m_base->contains(key))
            m_overlay.insert(key, std::nullopt);
        else
            m_overlay.remove(key);
    }

    std::optional<Value> take(const Key &key)
    {
        const Value *found = find(key);
        if (!found)
            return std::nullopt;
        std::optional<Value> taken(*found);
        remove(key);
        return taken;
    }

    // The value of key to change in place (copied into the overlay first), or nullptr when absent.
    // Valid until the next write to this map.
    Value *modify(const Key &key)
    {
        const Value *found = find(key);
        if (!found)
            return nullptr;
        compactIfLarge();
        auto written = m_overlay.find(key);
        if (written == m_overlay.end())
            written = m_overlay.insert(key, std::optional<Value>(*m_base->constFind(key)));
        return &**written;
    }

    // Like QHash::operator[]: the value of key to change, inserted default-constructed if absent.
    Value &operator[](const Key &key)
    {
        if (Value *found = modify(key))
            return *found;
        compactIfLarge();
        return **m_overlay.insert(key, std::optional<Value>(Value()));
    }

    qsizetype overlaySize() const { return m_overlay.size(); }
    qsizetype baseSize() const { return m_base ? m_base->size() : 0; }

private:
    // Folds the overlay into a new base once it outgrows about twice the square root of the base:
    // a copy then costs O(sqrt n) and the folding O(n) every sqrt n writes.
    void compactIfLarge()
    {
        const qsizetype baseSize = m_base ? m_base->size() : 0;
        const auto limit = std::max<qsizetype>(64, qsizetype(2 * std::sqrt(double(baseSize))));
        if (m_overlay.size() < limit)
            return;
        QHash<Key, Value> merged = m_base ? *m_base : QHash<Key, Value>();
        for (auto it = m_overlay.cbegin(); it != m_overlay.cend(); ++it) {
            if (it->has_value())
                merged.insert(it.key(), **it);
            else
                merged.remove(it.key());
        }
        m_base = std::make_shared<const QHash<Key, Value>>(std::move(merged));
        m_overlay.clear();
    }

    std::shared_ptr<const QHash<Key, Value>> m_base;
    QHash<Key, std::optional<Value>> m_overlay;
};

} // namespace migreview::analysis
