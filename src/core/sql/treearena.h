#pragma once

#include <protobuf-c/protobuf-c.h>

#include <cstddef>
#include <memory>
#include <vector>

namespace migreview::sql::detail {

// A bump allocator for unpacking one parse tree. protobuf-c allocates every node with malloc and
// frees them one by one; on the corpus that was a third of the parse time. Here the nodes go into
// a few large blocks that are dropped together with the tree.
class TreeArena
{
public:
    explicit TreeArena(std::size_t expectedBytes);
    TreeArena(const TreeArena &) = delete;
    TreeArena &operator=(const TreeArena &) = delete;

    ProtobufCAllocator *allocator() { return &m_allocator; }

private:
    void *allocate(std::size_t size);

    ProtobufCAllocator m_allocator;
    std::vector<std::unique_ptr<std::byte[]>> m_blocks;
    std::size_t m_used = 0;
    std::size_t m_capacity = 0;
    std::size_t m_nextBlockSize;
};

} // namespace migreview::sql::detail
