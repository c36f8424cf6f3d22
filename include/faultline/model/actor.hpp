#pragma once
// An actor: a person, organisation or bloc, with positions and saliences on dimensions and issues, a
// capability, a temperament, an exit threshold, and its perceptions of what other actors hold.

#include <map>
#include <string>

#include "faultline/model/uncertain.hpp"

namespace faultline {

struct Stance {
  Uncertain position;  // in [-1, 1]
  Uncertain salience;  // in [0, 1]
};

struct Temperament {
  Uncertain volatility{0.5, 0.0};  // in [0, 1]: how fast worth below threshold turns into exit
  Uncertain ego{0.5, 0.0};         // in [0, 1]: sensitivity to public slights and loss of face
};

struct Actor {
  std::string id;
  std::string name;
  Uncertain capability{1.0, 0.0};  // >= 0, relative within a scenario
  Temperament temperament;
  Uncertain threshold{0.0, 0.0};         // outside option: the side leaves a tie worth less than this
  std::map<std::string, Stance> values;  // dimension id -> stance
  std::map<std::string, Stance> issues;  // issue id -> stance
  // other actor id -> (dimension or issue id -> the position this actor believes the other holds)
  std::map<std::string, std::map<std::string, Uncertain>> perceives;
};

}  // namespace faultline
