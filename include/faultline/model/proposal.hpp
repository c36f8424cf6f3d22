#pragma once
// What someone pitches to a room: positions it asserts, offers it makes, and the alternative it is framed
// against.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "faultline/model/tie.hpp"

namespace faultline {

struct Alternative {
  std::string title;
  std::map<std::string, double> asserts;  // dimension or issue id -> position
};

struct Proposal {
  std::string id;
  std::string title;
  std::string by;
  std::vector<std::string> room;          // the default room
  std::map<std::string, double> asserts;  // dimension or issue id -> position
  std::vector<Flow> offers;               // `from` is the proposer
  std::optional<Alternative> against;
};

}  // namespace faultline
