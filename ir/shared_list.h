// SharedList: a vector one pointer wide, read like `const std::vector<T>`, whose copies share one heap
// block until one of them is written.
#pragma once

#include <atomic>
#include <cstdint>
#include <utility>
#include <vector>

namespace dockopt {

/// A tool call's options and operands are copied out of the recognition memo into every use of every
/// RUN, and a large file repeats the same instruction arguments thousands of times; as vectors, those
/// copies were several times the file. Copies share the items; a writer gets its own copy first
/// (`Mutable()`, `push_back`, assignment). Reading goes through const members only, so no reader ever
/// copies. The count is atomic: shared lists are read-only, so threads may hold copies of one list.
template <typename T>
class SharedList {
 public:
  using value_type = T;
  using size_type = typename std::vector<T>::size_type;
  using const_iterator = typename std::vector<T>::const_iterator;
  using iterator = const_iterator;  // reading only: writers take Mutable()

  SharedList() = default;
  SharedList(std::vector<T> items) { *this = std::move(items); }  // NOLINT: reads like the vector it replaces
  SharedList(const SharedList& other) : block_(other.block_) {
    if (block_ != nullptr) block_->refs.fetch_add(1, std::memory_order_relaxed);
  }
  SharedList(SharedList&& other) noexcept : block_(std::exchange(other.block_, nullptr)) {}
  SharedList& operator=(const SharedList& other) {
    SharedList copy(other);
    std::swap(block_, copy.block_);
    return *this;
  }
  SharedList& operator=(SharedList&& other) noexcept {
    if (this != &other) {
      Release();
      block_ = std::exchange(other.block_, nullptr);
    }
    return *this;
  }
  SharedList& operator=(std::vector<T> items) {
    Release();
    if (!items.empty()) block_ = new Block{{1}, std::move(items)};
    return *this;
  }
  ~SharedList() { Release(); }

  const std::vector<T>& items() const { return block_ != nullptr ? block_->items : Empty(); }
  operator const std::vector<T>&() const { return items(); }  // NOLINT: read where a vector is expected

  size_type size() const { return items().size(); }
  bool empty() const { return items().empty(); }
  const_iterator begin() const { return items().begin(); }
  const_iterator end() const { return items().end(); }
  const T& operator[](size_type i) const { return items()[i]; }
  const T& at(size_type i) const { return items().at(i); }
  const T& front() const { return items().front(); }
  const T& back() const { return items().back(); }

  /// True when both hold the same copy (not only equal items).
  bool SharedWith(const SharedList& other) const { return block_ == other.block_; }
  /// True when another list holds the same items (what `Mutable()` would copy).
  bool shared() const { return block_ != nullptr && block_->refs.load(std::memory_order_acquire) > 1; }
  /// The items to change in place; copied first when another list shares them.
  std::vector<T>& Mutable() {
    if (block_ == nullptr) {
      block_ = new Block{{1}, {}};
    } else if (shared()) {
      Block* own = new Block{{1}, block_->items};
      Release();
      block_ = own;
    }
    return block_->items;
  }
  void push_back(T item) { Mutable().push_back(std::move(item)); }
  void clear() { Release(); }
  /// Frees spare capacity, unless other lists share the items (their copy was made to fit).
  void ShrinkToFit() {
    if (block_ != nullptr && !shared()) block_->items.shrink_to_fit();
  }

  bool operator==(const SharedList& other) const { return block_ == other.block_ || items() == other.items(); }
  bool operator==(const std::vector<T>& other) const { return items() == other; }

 private:
  struct Block {
    std::atomic<uint32_t> refs;
    std::vector<T> items;
  };
  void Release() {
    if (block_ != nullptr && block_->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) delete block_;
    block_ = nullptr;
  }
  static const std::vector<T>& Empty() {
    static const std::vector<T> empty;
    return empty;
  }
  Block* block_ = nullptr;  // null when empty
};

}  // namespace dockopt
