#pragma once
// A whole scenario: the plain value type every analysis reads. No I/O and no analysis here.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "faultline/model/actor.hpp"
#include "faultline/model/date.hpp"
#include "faultline/model/event.hpp"
#include "faultline/model/proposal.hpp"
#include "faultline/model/tie.hpp"
#include "faultline/model/topic.hpp"

namespace faultline {

struct TimeRange {
  Date start;
  Date end;
  double step_days = 7.0;  // the stress engine's step
  std::string step_label = "week";
};

struct Defaults {
  double sd = 0.1;  // the uncertainty of every bare number
};

// Where a number came from: a seed line, an article, or an estimate.
struct Source {
  std::string ref;
  std::string note;
  std::vector<std::string> about;  // field paths the source supports, e.g. `actors.musk.values.fiscal`
};

// A hypothetical change a stress test applies (a `pressures:` entry); the stress battery adds standard ones.
struct Pressure {
  std::string id;
  std::string what;
  std::optional<Date> at;  // when it strikes; the forecast's start when absent
  std::vector<Effect> effects;
};

struct Scenario {
  int format = 1;
  std::string id;  // from `id:` or the file's stem
  std::string title;
  TimeRange time;
  Defaults defaults;
  std::vector<Dimension> dimensions;
  std::vector<Issue> issues;
  std::vector<Actor> actors;
  std::vector<Tie> ties;
  std::vector<Relation> relations;
  std::vector<Event> events;
  std::vector<Proposal> proposals;
  std::vector<Pressure> pressures;
  std::vector<Source> sources;

  [[nodiscard]] const Actor* find_actor(std::string_view actor_id) const noexcept;
  [[nodiscard]] const Topic* find_topic(TopicKind kind, std::string_view topic_id) const noexcept;
  [[nodiscard]] const Proposal* find_proposal(std::string_view proposal_id) const noexcept;
  // The signed relation between two actors (either order), if the scenario declares one.
  [[nodiscard]] std::optional<double> relation_sign(std::string_view a, std::string_view b) const noexcept;
};

}  // namespace faultline
