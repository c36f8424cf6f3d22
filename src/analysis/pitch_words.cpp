#include "faultline/analysis/pitch_words.hpp"

#include <fmt/format.h>

#include <cmath>

namespace faultline::pitch_words {

std::string actor(const Scenario& scenario, std::string_view id) {
  const Actor* found = scenario.find_actor(id);
  return found != nullptr && !found->name.empty() ? found->name : std::string{id};
}

std::string topic(const Scenario& scenario, TopicKind kind, std::string_view id) {
  const Topic* found = scenario.find_topic(kind, id);
  return found != nullptr && !found->label.empty() ? found->label : std::string{id};
}

std::string pole(const Scenario& scenario, TopicKind kind, std::string_view id, double position) {
  // Up to a fifth of the way to either pole (as printed, to two decimals) a position leans to neither.
  constexpr double middle = 0.2;
  const Topic* found = scenario.find_topic(kind, id);
  if (found == nullptr || std::abs(std::round(position * 100.0) / 100.0) <= middle) return "the middle";
  const std::string& name = found->poles[position < 0.0 ? 0 : 1];
  return name.empty() ? (position < 0.0 ? "the negative pole" : "the positive pole") : name;
}

std::string leaning(const Scenario& scenario, TopicKind kind, std::string_view id, double position) {
  const std::string towards = pole(scenario, kind, id, position);
  return towards == "the middle" ? "in the middle" : "leaning to " + towards;
}

std::string signed_number(double value) {
  const double rounded = std::round(value * 100.0) / 100.0;
  return fmt::format("{:+.2f}", rounded == 0.0 ? 0.0 : rounded);
}

}  // namespace faultline::pitch_words
