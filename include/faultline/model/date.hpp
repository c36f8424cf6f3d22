#pragma once
// Calendar dates as whole days since 1970-01-01, so time arithmetic is integer arithmetic.

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace faultline {

class Date {
 public:
  constexpr Date() = default;
  constexpr explicit Date(int days_since_epoch) : days_(days_since_epoch) {}

  // Parses a strict ISO date `YYYY-MM-DD` that exists in the calendar; nullopt otherwise.
  static std::optional<Date> from_iso(std::string_view text);
  [[nodiscard]] std::string to_iso() const;

  [[nodiscard]] constexpr int days() const noexcept { return days_; }
  constexpr auto operator<=>(const Date&) const = default;

 private:
  int days_ = 0;
};

// Days between two dates (b - a).
constexpr int days_between(Date a, Date b) noexcept {
  return b.days() - a.days();
}
constexpr Date add_days(Date date, int days) noexcept {
  return Date{date.days() + days};
}

inline constexpr double days_per_year = 365.2425;

}  // namespace faultline
