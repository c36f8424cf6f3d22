#pragma once
// Dated changes to a scenario. Each effect either adds a delta to a field or sets it (`set:` in the file).

#include <array>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "faultline/model/date.hpp"
#include "faultline/model/topic.hpp"

namespace faultline {

struct Change {
  enum class Mode { delta, set };
  Mode mode = Mode::delta;
  double amount = 0.0;

  // `Number` is double, or float or a vector of floats when the stress engine applies a change to one run or
  // to a batch of runs; `Scalar` is its element type, which the amount is rounded to first, so that a float
  // run and a float lane compute alike.
  template <class Number, class Scalar = Number>
  [[nodiscard, gnu::always_inline]] Number applied_to(Number current) const noexcept {
    const auto step = static_cast<Scalar>(amount);
    return mode == Mode::set ? Number{} + step : current + step;
  }
};

struct FlowEffect {
  std::string from;
  std::string to;
  std::optional<Change> value;
  std::optional<Change> cost;
};

struct StanceEffect {
  std::string actor;
  TopicKind kind = TopicKind::dimension;
  std::string topic;
  std::optional<Change> position;
  std::optional<Change> salience;
};

struct RelationEffect {
  std::array<std::string, 2> between;
  Change sign;
};

struct ThresholdEffect {
  std::string actor;
  Change threshold;
};

// Every perception of `actor` on `topic` becomes the truth.
struct RevealEffect {
  std::string actor;
  TopicKind kind = TopicKind::dimension;
  std::string topic;
};

// An observed break: forecasting stops counting after it; backtests score against it.
struct TieEndEffect {
  std::array<std::string, 2> between;
};

using Effect =
    std::variant<FlowEffect, StanceEffect, RelationEffect, ThresholdEffect, RevealEffect, TieEndEffect>;

struct Event {
  Date at;
  std::string what;
  std::vector<Effect> effects;
};

}  // namespace faultline
