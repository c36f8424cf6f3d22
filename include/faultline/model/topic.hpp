#pragma once
// Dimensions (values and beliefs, slow to move) and issues (concrete decisions in play) share one shape: an
// axis from one named pole (-1) to the other (+1). `TopicKind` says which of the two an axis is.

#include <array>
#include <string>
#include <string_view>

namespace faultline {

enum class TopicKind { dimension, issue };

[[nodiscard]] constexpr std::string_view to_string(TopicKind kind) noexcept {
  return kind == TopicKind::dimension ? "dimension" : "issue";
}

struct Topic {
  std::string id;
  std::string label;
  std::array<std::string, 2> poles;  // the meaning of -1 and of +1
  std::string description;
};

using Dimension = Topic;
using Issue = Topic;

}  // namespace faultline
