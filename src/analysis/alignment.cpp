#include "faultline/analysis/alignment.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "faultline/analysis/worth.hpp"
#include "faultline/model/error.hpp"

namespace faultline {

std::string_view to_string(Classification classification) noexcept {
  switch (classification) {
    case Classification::aligned:
      return "aligned";
    case Classification::transactional:
      return "transactional";
    case Classification::common_enemy:
      return "common-enemy";
    case Classification::power_dependent:
      return "power-dependent";
    case Classification::hostile:
      return "hostile";
  }
  return "unknown";
}

std::string_view to_string(FaultlineKind kind) noexcept {
  switch (kind) {
    case FaultlineKind::active:
      return "active";
    case FaultlineKind::latent:
      return "latent";
    case FaultlineKind::projection:
      return "projection";
  }
  return "unknown";
}

namespace {

// The topics of one kind that both sides hold, as flat arrays in the scenario's declaration order.
struct SharedTopics {
  std::vector<const Topic*> topics;
  std::vector<double> salience;  // the side's own salience
  std::vector<double> partner_salience;
  std::vector<double> own;                // the side's position
  std::vector<double> partner_true;       // the partner's real position
  std::vector<double> partner_perceived;  // what the side believes the partner holds
};

const std::map<std::string, Stance>& stances_of(const Actor& actor, TopicKind kind) {
  return kind == TopicKind::dimension ? actor.values : actor.issues;
}

SharedTopics shared_topics(const Scenario& scenario, TopicKind kind, const Actor& self,
                           const Actor& partner) {
  SharedTopics shared;
  const auto& own_stances = stances_of(self, kind);
  const auto& partner_stances = stances_of(partner, kind);
  const auto perceptions = self.perceives.find(partner.id);
  for (const Topic& topic : kind == TopicKind::dimension ? scenario.dimensions : scenario.issues) {
    const auto own = own_stances.find(topic.id);
    const auto theirs = partner_stances.find(topic.id);
    if (own == own_stances.end() || theirs == partner_stances.end()) continue;
    double perceived = theirs->second.position.value;
    if (perceptions != self.perceives.end()) {
      if (auto it = perceptions->second.find(topic.id); it != perceptions->second.end())
        perceived = it->second.value;
    }
    shared.topics.push_back(&topic);
    shared.salience.push_back(own->second.salience.value);
    shared.partner_salience.push_back(theirs->second.salience.value);
    shared.own.push_back(own->second.position.value);
    shared.partner_true.push_back(theirs->second.position.value);
    shared.partner_perceived.push_back(perceived);
  }
  return shared;
}

double exchange_of(const Tie& tie, const std::string& self) {
  double exchange = 0.0;
  for (const Flow& flow : tie.flows) {
    if (flow.to == self) exchange += flow.value.value;
    if (flow.from == self) exchange -= flow.cost.value;
  }
  return exchange;
}

double common_threat_of(const Scenario& scenario, const Actor& a, const Actor& b) {
  std::vector<double> capability;
  std::vector<double> sign_a;
  std::vector<double> sign_b;
  for (const Actor& third : scenario.actors) {
    if (third.id == a.id || third.id == b.id) continue;
    capability.push_back(third.capability.value);
    sign_a.push_back(scenario.relation_sign(a.id, third.id).value_or(0.0));
    sign_b.push_back(scenario.relation_sign(b.id, third.id).value_or(0.0));
  }
  return worth::common_threat(a.capability.value + b.capability.value, capability, sign_a, sign_b);
}

Basis basis_of(const worth::Terms& terms) {
  const double values = std::max(0.0, terms.values);
  const double exchange = std::max(0.0, terms.exchange);
  const double threat = std::max(0.0, terms.threat);
  const double power = std::max(0.0, terms.power);
  const double total = values + exchange + threat + power;
  if (total <= 0.0) return {};
  return {values / total, exchange / total, threat / total, power / total};
}

SideAlignment side_alignment(const Scenario& scenario, const AlignmentOptions& options, const Tie& tie,
                             const Actor& self, const Actor& partner) {
  const SharedTopics values = shared_topics(scenario, TopicKind::dimension, self, partner);
  const SharedTopics issues = shared_topics(scenario, TopicKind::issue, self, partner);

  SideAlignment side;
  side.actor = self.id;
  side.partner = partner.id;
  side.value_agreement = worth::agreement(values.salience, values.own, values.partner_true);
  side.perceived_value_agreement = worth::agreement(values.salience, values.own, values.partner_perceived);
  side.projection_gap = side.perceived_value_agreement - side.value_agreement;
  side.issue_agreement = worth::agreement(issues.salience, issues.own, issues.partner_true);
  side.perceived_issue_agreement = worth::agreement(issues.salience, issues.own, issues.partner_perceived);
  side.exchange = exchange_of(tie, self.id);
  side.common_threat = common_threat_of(scenario, self, partner);
  side.power_asymmetry = worth::power_asymmetry(self.capability.value, partner.capability.value);
  side.threshold = self.threshold.value;

  const auto perceived = worth::terms(
      options, side.perceived_value_agreement, side.exchange, side.common_threat, side.power_asymmetry,
      worth::divergence(issues.salience, issues.own, issues.partner_perceived));
  const auto revealed =
      worth::terms(options, side.value_agreement, side.exchange, side.common_threat, side.power_asymmetry,
                   worth::divergence(issues.salience, issues.own, issues.partner_true));
  side.issue_cost = perceived.issue_cost;
  side.worth = perceived.total();
  side.revealed_worth = revealed.total();
  side.basis = basis_of(revealed);
  side.perceived_basis = basis_of(perceived);
  return side;
}

// Divergence faultlines on every topic both sides hold, and projection faultlines where a side misreads the
// other.
void add_faultlines(const Scenario& scenario, const AlignmentOptions& options, const Actor& a, const Actor& b,
                    std::vector<Faultline>& faultlines) {
  for (TopicKind kind : {TopicKind::dimension, TopicKind::issue}) {
    const SharedTopics shared = shared_topics(scenario, kind, a, b);
    for (std::size_t i = 0; i < shared.topics.size(); ++i) {
      Faultline line;
      line.topic_kind = kind;
      line.on = shared.topics[i]->id;
      line.divergence = std::abs(shared.own[i] - shared.partner_true[i]);
      line.joint_salience = std::sqrt(shared.salience[i] * shared.partner_salience[i]);
      line.severity = line.joint_salience * line.divergence;
      line.kind =
          line.joint_salience >= options.active_salience ? FaultlineKind::active : FaultlineKind::latent;
      line.positions = {shared.own[i], shared.partner_true[i]};
      if (line.severity >= options.min_severity) faultlines.push_back(std::move(line));
    }
    for (const auto& [holder, partner] : {std::pair{&a, &b}, std::pair{&b, &a}}) {
      const SharedTopics seen = shared_topics(scenario, kind, *holder, *partner);
      for (std::size_t i = 0; i < seen.topics.size(); ++i) {
        Faultline line;
        line.topic_kind = kind;
        line.on = seen.topics[i]->id;
        line.kind = FaultlineKind::projection;
        line.holder = holder->id;
        line.divergence = std::abs(seen.partner_perceived[i] - seen.partner_true[i]);
        line.joint_salience = seen.salience[i];
        line.severity = line.joint_salience * line.divergence;
        line.positions = {seen.partner_perceived[i], seen.partner_true[i]};
        if (line.severity >= options.min_severity) faultlines.push_back(std::move(line));
      }
    }
  }
  // Most severe first; ties broken by topic id and kind so the order never depends on the sort
  // implementation.
  std::sort(faultlines.begin(), faultlines.end(), [](const Faultline& x, const Faultline& y) {
    if (x.severity != y.severity) return x.severity > y.severity;
    if (x.on != y.on) return x.on < y.on;
    if (x.kind != y.kind) return x.kind < y.kind;
    return x.holder < y.holder;
  });
}

std::string percent(double share) {
  return fmt::format("{:.0f}%", 100.0 * share);
}

// The basis share that names a classification.
double share_of(const Basis& basis, Classification classification) {
  switch (classification) {
    case Classification::aligned:
      return basis.values;
    case Classification::transactional:
      return basis.exchange;
    case Classification::common_enemy:
      return basis.threat;
    case Classification::power_dependent:
      return basis.power;
    case Classification::hostile:
      return 0.0;
  }
  return 0.0;
}

Basis mean_basis(const SideAlignment& a, const SideAlignment& b) {
  return {(a.basis.values + b.basis.values) / 2, (a.basis.exchange + b.basis.exchange) / 2,
          (a.basis.threat + b.basis.threat) / 2, (a.basis.power + b.basis.power) / 2};
}

// Classification from the (true) basis of both sides, and the reason in words.
void classify(const AlignmentOptions& options, const Scenario& scenario, TieAlignment& tie) {
  const SideAlignment& a = tie.sides[0];
  const SideAlignment& b = tie.sides[1];
  const Basis mean = mean_basis(a, b);
  const double relation = scenario.relation_sign(a.actor, b.actor).value_or(0.0);

  if (relation <= -0.5 || (a.revealed_worth < 0.0 && b.revealed_worth < 0.0)) {
    tie.classification = Classification::hostile;
    tie.reason =
        relation <= -0.5
            ? fmt::format("hostile: the two sides regard each other as enemies (relation {:+.2f})", relation)
            : fmt::format(
                  "hostile: once perceptions meet the truth the tie is worth less than "
                  "nothing to both sides ({} {:+.2f}, {} {:+.2f})",
                  a.actor, a.revealed_worth, b.actor, b.revealed_worth);
    return;
  }
  if (a.basis.values >= options.aligned_share && b.basis.values >= options.aligned_share) {
    tie.classification = Classification::aligned;
    tie.reason = fmt::format(
        "aligned: shared values carry {} of the tie ({} {}, {} {}); exchange {}, common threat {}",
        percent(mean.values), a.actor, percent(a.basis.values), b.actor, percent(b.basis.values),
        percent(mean.exchange), percent(mean.threat));
    return;
  }

  struct Candidate {
    Classification classification;
    double share;
    std::string_view what;
  };
  const bool asymmetric = std::abs(a.power_asymmetry) >= options.power_asymmetry;
  std::vector<Candidate> candidates{{Classification::transactional, mean.exchange, "exchange"},
                                    {Classification::common_enemy, mean.threat, "a common threat"}};
  if (asymmetric) candidates.push_back({Classification::power_dependent, mean.power, "deference to power"});
  const Candidate best =
      *std::max_element(candidates.begin(), candidates.end(),
                        [](const Candidate& x, const Candidate& y) { return x.share < y.share; });
  if (best.share <= 0.0 && mean.values <= 0.0) {
    tie.classification = Classification::hostile;
    tie.reason = "hostile: nothing in the tie is worth anything to either side";
    return;
  }
  tie.classification = best.classification;
  const SideAlignment& weaker_values = a.basis.values <= b.basis.values ? a : b;
  const std::string decided =
      fmt::format("{} carries {} of the tie ({} {}, {} {})", best.what, percent(best.share), a.actor,
                  percent(share_of(a.basis, best.classification)), b.actor,
                  percent(share_of(b.basis, best.classification)));
  if (mean.values >= best.share) {
    // Values weigh most on average, but one side would not keep the tie for them alone.
    tie.reason =
        fmt::format("{}: shared values carry {} of the tie but only {} of {}'s side; of the rest, {}",
                    to_string(best.classification), percent(mean.values), percent(weaker_values.basis.values),
                    weaker_values.actor, decided);
  } else {
    tie.reason = fmt::format("{}: {}; shared values only {} ({} {})", to_string(best.classification), decided,
                             percent(mean.values), weaker_values.actor, percent(weaker_values.basis.values));
  }
  const SideAlignment& projecting = std::abs(a.projection_gap) >= std::abs(b.projection_gap) ? a : b;
  if (std::abs(projecting.projection_gap) >= options.min_severity) {
    tie.reason += fmt::format("; {} believes value agreement is {:.2f} but it is {:.2f}", projecting.actor,
                              projecting.perceived_value_agreement, projecting.value_agreement);
  }
}

}  // namespace

AlignmentResult analyze_alignment(const Scenario& scenario, const AlignmentOptions& options) {
  AlignmentResult result;
  result.scenario = scenario.id;
  result.title = scenario.title;
  result.options = options;
  for (const Tie& tie : scenario.ties) {
    const Actor* a = scenario.find_actor(tie.between[0]);
    const Actor* b = scenario.find_actor(tie.between[1]);
    if (a == nullptr || b == nullptr) {
      throw Error(
          fmt::format("tie {}–{} names an actor the scenario does not have", tie.between[0], tie.between[1]));
    }
    TieAlignment alignment;
    alignment.between = tie.between;
    alignment.sides = {side_alignment(scenario, options, tie, *a, *b),
                       side_alignment(scenario, options, tie, *b, *a)};
    classify(options, scenario, alignment);
    add_faultlines(scenario, options, *a, *b, alignment.faultlines);
    result.ties.push_back(std::move(alignment));
  }
  return result;
}

}  // namespace faultline
