#include "treearena.h"

#include <algorithm>

namespace migreview::sql::detail {

TreeArena::TreeArena(std::size_t expectedBytes)
    : m_nextBlockSize(std::max<std::size_t>(expectedBytes, 16 * 1024))
{
    m_allocator.alloc = [](void *data, std::size_t size) { return static_cast<TreeArena *>(data)->allocate(size); };
    m_allocator.free = [](void *, void *) {}; // everything goes with the arena
    m_allocator.allocator_data = this;
}

void *TreeArena::allocate(std::size_t size)
{
    constexpr std::size_t alignment = alignof(std::max_align_t);
    size = (size + alignment - 1) & ~(alignment - 1);
    if (m_used + size > m_capacity) {
        const std::size_t blockSize = std::max(size, m_nextBlockSize);
        m_blocks.push_back(std::make_unique_for_overwrite<std::byte[]>(blockSize));
        m_used = 0;
        m_capacity = blockSize;
        m_nextBlockSize = blockSize * 2;
    }
    void *pointer = m_blocks.back().get() + m_used;
    m_used += size;
    return pointer;
}

} // namespace migreview::sql::detail
