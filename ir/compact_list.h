// CompactList: a vector one pointer wide, for the lists of the IR and the shell model that are
// empty in most instances.
#pragma once

#include <memory>
#include <utility>
#include <vector>

namespace dockopt {

/// A large file holds an IR instruction and three shell commands per RUN, and most of their lists
/// (an instruction's flags, heredocs, inner comments, ONBUILD body; a command's assignments,
/// redirections, keywords and parts) are empty: as `std::vector`s they were 24 bytes each, a third of
/// each struct. This one is 8 bytes and allocates only once it holds something. It reads like the
/// vector it replaces (and converts to `const std::vector<T>&`), and copies deeply as a vector does.
template <typename T>
class CompactList {
 public:
  using value_type = T;
  using size_type = typename std::vector<T>::size_type;
  using iterator = typename std::vector<T>::iterator;
  using const_iterator = typename std::vector<T>::const_iterator;

  CompactList() = default;
  CompactList(const CompactList& other)
      : items_(other.items_ ? std::make_unique<std::vector<T>>(*other.items_) : nullptr) {}
  CompactList(CompactList&&) noexcept = default;
  CompactList& operator=(const CompactList& other) {
    if (this != &other) items_ = other.items_ ? std::make_unique<std::vector<T>>(*other.items_) : nullptr;
    return *this;
  }
  CompactList& operator=(CompactList&&) noexcept = default;
  CompactList& operator=(std::vector<T> items) {
    if (items.empty()) items_.reset();
    else items_ = std::make_unique<std::vector<T>>(std::move(items));
    return *this;
  }

  const std::vector<T>& items() const { return items_ ? *items_ : Empty(); }
  operator const std::vector<T>&() const { return items(); }  // NOLINT: read where a vector is expected
  /// The items to change in place (allocated on first use).
  std::vector<T>& Mutable() {
    if (!items_) items_ = std::make_unique<std::vector<T>>();
    return *items_;
  }

  size_type size() const { return items_ ? items_->size() : 0; }
  bool empty() const { return !items_ || items_->empty(); }
  const_iterator begin() const { return items().begin(); }
  const_iterator end() const { return items().end(); }
  iterator begin() { return items_ ? items_->begin() : iterator(); }
  iterator end() { return items_ ? items_->end() : iterator(); }
  const T& operator[](size_type i) const { return (*items_)[i]; }
  T& operator[](size_type i) { return (*items_)[i]; }
  const T& front() const { return items_->front(); }
  T& front() { return items_->front(); }
  const T& back() const { return items_->back(); }
  T& back() { return items_->back(); }

  void push_back(T item) { Mutable().push_back(std::move(item)); }
  template <typename... Args>
  T& emplace_back(Args&&... args) {
    return Mutable().emplace_back(std::forward<Args>(args)...);
  }
  void clear() { items_.reset(); }
  void shrink_to_fit() {
    if (!items_) return;
    if (items_->empty()) items_.reset();
    else items_->shrink_to_fit();
  }

  bool operator==(const CompactList& other) const { return items() == other.items(); }
  bool operator==(const std::vector<T>& other) const { return items() == other; }

 private:
  static const std::vector<T>& Empty() {
    static const std::vector<T> empty;
    return empty;
  }
  std::unique_ptr<std::vector<T>> items_;  // null when nothing was ever added (or after clear)
};

}  // namespace dockopt
