// `ties:`: declared alliances between two actors, and the flows each side gives the other. A tie (a flow)
// whose sides are valid is kept even when its other fields are not, so that effects naming it are not
// reported as unknown too: the problems already reported make the read fail anyway.
#include <algorithm>

#include "faultline/io/field_set.hpp"
#include "faultline/io/scenario_sections.hpp"
#include "faultline/io/value_readers.hpp"

namespace faultline::io {

namespace {

// One side of a tie, as a flow's `from` or `to` names it.
std::optional<std::string> read_side(const LocatedNode& at, const std::array<std::string, 2>& sides) {
  auto id = read_id(at);
  if (id && *id != sides[0] && *id != sides[1]) {
    at.report("expected one of the tie's sides (" + sides[0] + " or " + sides[1] + "), got '" + *id + "'");
    id.reset();
  }
  return id;
}

std::optional<Flow> read_flow(const LocatedNode& at, const std::optional<std::array<std::string, 2>>& sides) {
  const FieldSet fields{at, "a flow {from, to, what, value, cost}", {"from", "to", "what", "value", "cost"}};
  if (!fields.is_mapping()) return std::nullopt;
  Flow flow;
  std::optional<std::string> from;
  std::optional<std::string> to;
  // Without valid sides the tie was already reported; the ends are then only checked for form.
  const auto read_end = [&](const LocatedNode& end) { return sides ? read_side(end, *sides) : read_id(end); };
  if (auto written = fields.required("from")) from = read_end(*written);
  if (auto written = fields.required("to")) {
    to = read_end(*written);
    if (from && to && *from == *to) {
      written->report("a flow goes from one side to the other, got from " + *from + " to " + *to);
      to.reset();
    }
  }
  if (auto written = fields.optional("what")) flow.what = read_text(*written).value_or("");
  std::optional<Uncertain> value;
  if (auto written = fields.required("value")) value = read_uncertain(*written, non_negative);
  std::optional<Uncertain> cost = Uncertain{0.0, 0.0};
  if (auto written = fields.optional("cost")) cost = read_uncertain(*written, non_negative);
  if (!from || !to) return std::nullopt;
  flow.from = *from;
  flow.to = *to;
  flow.value = value.value_or(Uncertain{});
  flow.cost = cost.value_or(Uncertain{});
  return flow;
}

std::optional<Tie> read_tie(const LocatedNode& at, const SectionContext& context,
                            PairDefinitions& definitions) {
  const FieldSet fields{at, "a tie {between, since, flows}", {"between", "since", "flows"}};
  if (!fields.is_mapping()) return std::nullopt;
  Tie tie;
  std::optional<std::array<std::string, 2>> sides;
  if (auto written = fields.required("between")) {
    sides = read_actor_pair(*written, context.declared, "tie");
    if (sides && !definitions.define(*written, "tie", *sides)) sides.reset();
  }
  if (auto written = fields.optional("since")) {
    tie.since = read_date(*written);
    if (tie.since) context.check_in_time_range(*written, *tie.since);
  }
  if (auto written = fields.optional("flows")) {
    std::vector<int> first_lines;  // of tie.flows, to name the original of a repeated direction
    for (const LocatedNode& element : sequence_elements(*written, "a list of flows")) {
      auto flow = read_flow(element, sides);
      if (!flow) continue;
      const auto same_way = std::find_if(tie.flows.begin(), tie.flows.end(), [&](const Flow& other) {
        return other.from == flow->from && other.to == flow->to;
      });
      if (same_way != tie.flows.end()) {
        // An effect names a flow by its direction, so each direction has one flow; `what` can list several
        // things.
        element.report("a tie has one flow each way: the flow from " + flow->from + " to " + flow->to +
                       " is already at line " + std::to_string(first_lines[same_way - tie.flows.begin()]));
        continue;
      }
      first_lines.push_back(element.line());
      tie.flows.push_back(std::move(*flow));
    }
  }
  if (!sides) return std::nullopt;
  tie.between = *sides;
  return tie;
}

}  // namespace

std::vector<Tie> read_ties(const LocatedNode& at, const SectionContext& context) {
  std::vector<Tie> ties;
  PairDefinitions definitions;
  for (const LocatedNode& element : sequence_elements(at, "a list of ties")) {
    if (auto tie = read_tie(element, context, definitions)) ties.push_back(std::move(*tie));
  }
  return ties;
}

}  // namespace faultline::io
