#include "faultline/model/scenario.hpp"

#include <algorithm>

namespace faultline {

namespace {
template <typename Range>
auto find_by_id(const Range& range, std::string_view id) noexcept -> decltype(&*range.begin()) {
  auto it = std::find_if(range.begin(), range.end(), [&](const auto& item) { return item.id == id; });
  return it == range.end() ? nullptr : &*it;
}
}  // namespace

const Actor* Scenario::find_actor(std::string_view actor_id) const noexcept {
  return find_by_id(actors, actor_id);
}

const Topic* Scenario::find_topic(TopicKind kind, std::string_view topic_id) const noexcept {
  return find_by_id(kind == TopicKind::dimension ? dimensions : issues, topic_id);
}

const Proposal* Scenario::find_proposal(std::string_view proposal_id) const noexcept {
  return find_by_id(proposals, proposal_id);
}

std::optional<double> Scenario::relation_sign(std::string_view a, std::string_view b) const noexcept {
  for (const Relation& relation : relations) {
    const auto& [x, y] = relation.between;
    if ((x == a && y == b) || (x == b && y == a)) return relation.sign.value;
  }
  return std::nullopt;
}

}  // namespace faultline
