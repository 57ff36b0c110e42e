// Rebase: shifts every span of a script tree by the same amount.
#include "shell/rebase.h"

namespace dockopt::shell {
namespace {

class Shifter {
 public:
  explicit Shifter(int64_t delta) : delta_(static_cast<uint32_t>(delta)) {}  // wraps: unsigned arithmetic

  void Shift(Span& span) const {
    if (span.begin == 0 && span.end == 0) return;  // unset: no script text starts at offset 0
    span.begin += delta_;
    span.end += delta_;
  }
  void Shift(Word& word) const { Shift(word.span); }
  void Shift(std::vector<Word>& words) const {
    for (Word& word : words) Shift(word);
  }
  void Shift(CompactList<Word>& words) const {
    for (Word& word : words) Shift(word);
  }
  void Shift(std::vector<Command>& commands) const {
    for (Command& command : commands) Shift(command);
  }
  void Shift(Command& command) const {
    Shift(command.span);
    Shift(command.joiner_span);
    Shift(command.env);
    Shift(command.words);
    for (Redirect& redirect : command.redirects) {
      Shift(redirect.span);
      Shift(redirect.target);
      Shift(redirect.body);
    }
    for (Keyword& keyword : command.keywords) Shift(keyword.span);
    for (Part& part : command.parts) {
      Shift(part.patterns);
      Shift(part.commands);
      Shift(part.trailing_op);
    }
  }

 private:
  uint32_t delta_;
};

}  // namespace

void Rebase(Script& script, int64_t delta) {
  if (delta == 0) return;
  Shifter shifter(delta);
  script.base += static_cast<uint32_t>(delta);
  shifter.Shift(script.commands);
  shifter.Shift(script.trailing_op);
}

}  // namespace dockopt::shell
