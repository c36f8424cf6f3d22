#pragma once
// Ties (declared alliances, each with two sides and the flows between them) and relations (signed attitudes
// between any two actors).

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "faultline/model/date.hpp"
#include "faultline/model/uncertain.hpp"

namespace faultline {

// What one side gives the other: `value` to the receiver, `cost` to the giver.
struct Flow {
  std::string from;
  std::string to;
  std::string what;
  Uncertain value;
  Uncertain cost;
};

struct Tie {
  std::array<std::string, 2> between;
  std::optional<Date> since;
  std::vector<Flow> flows;
  std::optional<Date> ended;  // set when a `{tie: [a, b], end: true}` event has been applied
};

// A symmetric signed attitude: +1 ally ... -1 enemy.
struct Relation {
  std::array<std::string, 2> between;
  Uncertain sign;
};

}  // namespace faultline
