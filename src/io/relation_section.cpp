// `relations:`: signed attitudes between any two actors (+1 ally … -1 enemy).
#include "faultline/io/field_set.hpp"
#include "faultline/io/scenario_sections.hpp"
#include "faultline/io/value_readers.hpp"

namespace faultline::io {

namespace {

std::optional<Relation> read_relation(const LocatedNode& at, const SectionContext& context,
                                      PairDefinitions& definitions) {
  const FieldSet fields{at, "a relation {between, sign}", {"between", "sign"}};
  if (!fields.is_mapping()) return std::nullopt;
  std::optional<std::array<std::string, 2>> between;
  if (auto written = fields.required("between")) {
    between = read_actor_pair(*written, context.declared, "relation");
    if (between && !definitions.define(*written, "relation", *between)) between.reset();
  }
  std::optional<Uncertain> sign;
  if (auto written = fields.required("sign")) sign = read_uncertain(*written, position_range);
  if (!between || !sign) return std::nullopt;
  return Relation{*between, *sign};
}

}  // namespace

std::vector<Relation> read_relations(const LocatedNode& at, const SectionContext& context) {
  std::vector<Relation> relations;
  PairDefinitions definitions;
  for (const LocatedNode& element : sequence_elements(at, "a list of relations")) {
    if (auto relation = read_relation(element, context, definitions))
      relations.push_back(std::move(*relation));
  }
  return relations;
}

}  // namespace faultline::io
