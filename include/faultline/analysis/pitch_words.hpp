#pragma once
// How the pitch brief's sentences name things: actors by name, topics by label, positions with their sign.
// The answers are written in the analysis (like the alignment's reason) so that text, Markdown and JSON carry
// the same sentences.

#include <string>
#include <string_view>

#include "faultline/model/scenario.hpp"

namespace faultline::pitch_words {

// The actor's name, or its id when it has none.
[[nodiscard]] std::string actor(const Scenario& scenario, std::string_view id);
// The topic's label, or its id when it has none.
[[nodiscard]] std::string topic(const Scenario& scenario, TopicKind kind, std::string_view id);
// The pole a position leans to ("balance the budget"), or "the middle" near 0.
[[nodiscard]] std::string pole(const Scenario& scenario, TopicKind kind, std::string_view id,
                               double position);
// "leaning to balance the budget", or "in the middle" near 0.
[[nodiscard]] std::string leaning(const Scenario& scenario, TopicKind kind, std::string_view id,
                                  double position);
// "+0.90", "−0.20": two decimals, always signed.
[[nodiscard]] std::string signed_number(double value);

}  // namespace faultline::pitch_words
