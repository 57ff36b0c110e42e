// SharedList: a vector read like `const std::vector<T>`, whose copies share one heap block until written.
#pragma once

#include <memory>
#include <utility>
#include <vector>

namespace dockopt::shell {

/// A tool call's options and operands are copied out of the recognition memo into every use of every
/// RUN (NestedToolUses, ToolUses); on a large file of repeated RUNs those copies were ~5x the file.
/// Copies share the items; a writer gets its own copy first (`Mutable()`, `push_back`, assignment).
/// Reading goes through const members only, so no reader ever copies.
template <typename T>
class SharedList {
 public:
  using value_type = T;
  using size_type = typename std::vector<T>::size_type;
  using const_iterator = typename std::vector<T>::const_iterator;
  using iterator = const_iterator;  // reading only: writers take Mutable()

  SharedList() = default;
  SharedList(std::vector<T> items) { *this = std::move(items); }  // NOLINT: reads like the vector it replaces
  SharedList& operator=(std::vector<T> items) {
    if (items.empty()) items_.reset();
    else items_ = std::make_shared<std::vector<T>>(std::move(items));
    return *this;
  }

  const std::vector<T>& items() const { return items_ ? *items_ : Empty(); }
  operator const std::vector<T>&() const { return items(); }  // NOLINT: read where a vector is expected

  size_type size() const { return items().size(); }
  bool empty() const { return items().empty(); }
  const_iterator begin() const { return items().begin(); }
  const_iterator end() const { return items().end(); }
  const T& operator[](size_type i) const { return items()[i]; }
  const T& front() const { return items().front(); }
  const T& back() const { return items().back(); }

  /// The items to change in place; copied first when another list shares them.
  std::vector<T>& Mutable() {
    if (!items_) items_ = std::make_shared<std::vector<T>>();
    else if (items_.use_count() > 1) items_ = std::make_shared<std::vector<T>>(*items_);
    return *items_;
  }
  void push_back(T item) { Mutable().push_back(std::move(item)); }
  void clear() { items_.reset(); }
  /// Frees spare capacity, unless other lists share the items (their copy was made to fit).
  void ShrinkToFit() {
    if (items_ && items_.use_count() == 1) items_->shrink_to_fit();
  }

  bool operator==(const SharedList& other) const { return items() == other.items(); }

 private:
  static const std::vector<T>& Empty() {
    static const std::vector<T> empty;
    return empty;
  }
  std::shared_ptr<std::vector<T>> items_;  // null when empty
};

}  // namespace dockopt::shell
