//! Which questions an intake asks, by kind and path, and the catalog words for them: a food
//! need counts the people at home, clothing counts items, a ride counts nothing (it asks when),
//! an offer of time counts hours; "how" is worded for the way things travel.

use super::lifecycle::{Path, path};
use super::{Category, Draft, Field, Kind, Mode, limits};

/// What the "how many" question counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    /// People in the household (a need for food or housing).
    People,
    /// Things.
    Items,
    /// Hours of time offered.
    Hours,
    /// Nothing to count (a ride, childcare or a skill asked for: "when" says it).
    Nothing,
}

impl Count {
    /// What an entry of `kind` and `category` counts, on `path`.
    pub fn of(kind: Kind, category: Category, path: Path) -> Count {
        match (kind, path) {
            (Kind::Need, Path::Service) => Count::Nothing,
            (Kind::Offer, Path::Service) => Count::Hours,
            (Kind::Need, Path::Goods) if matches!(category, Category::Food | Category::Housing) => {
                Count::People
            }
            (_, Path::Goods) => Count::Items,
        }
    }

    /// The question, or `None` when it is not asked.
    pub fn question_id(self, kind: Kind) -> Option<&'static str> {
        Some(match (self, kind) {
            (Count::People, _) => "details-quantity-people",
            (Count::Hours, _) => "details-quantity-hours",
            (Count::Items, Kind::Need) => "details-quantity-need",
            (Count::Items, Kind::Offer) => "details-quantity-offer",
            (Count::Nothing, _) => return None,
        })
    }

    /// The answer with its unit ("4 people", "3 items", "2 hours"), `$count` its number.
    pub fn answer_id(self) -> &'static str {
        match self {
            Count::People => "quantity-people",
            Count::Hours => "quantity-hours",
            Count::Items | Count::Nothing => "quantity-items",
        }
    }
}

impl Mode {
    /// The words for this way of getting a thing (or a person) from one side to the other, as
    /// the visitor of `kind` says it: a need is picked up or brought, an offer brought in or
    /// collected, a service met here or at home.
    pub fn label_id(self, kind: Kind, path: Path) -> &'static str {
        match (self, kind, path) {
            (Mode::Call, _, _) => "mode-call",
            (Mode::Pickup, _, Path::Service) => "service-mode-pickup",
            (Mode::Delivery, _, Path::Service) => "service-mode-delivery",
            (Mode::Pickup, Kind::Need, Path::Goods) => "mode-pickup",
            (Mode::Delivery, Kind::Need, Path::Goods) => "mode-delivery",
            (Mode::Pickup, Kind::Offer, Path::Goods) => "offer-mode-pickup",
            (Mode::Delivery, Kind::Offer, Path::Goods) => "offer-mode-delivery",
        }
    }

    /// A volunteer must reach the visitor: to call, or to ask where to come.
    pub fn needs_phone(self) -> bool {
        matches!(self, Mode::Call | Mode::Delivery)
    }
}

/// What a phone number needs to be, for a draft that must have one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhoneWanted {
    /// "Call me" was chosen.
    ToCall,
    /// Delivery or collection was chosen: a volunteer calls to ask where.
    ToArrange,
}

impl Draft {
    /// The path of this draft at a site whose service categories are `services`.
    pub fn path(&self, services: &[Category]) -> Path {
        path(self.category, services)
    }

    /// What its "how many" counts.
    pub fn count(&self, services: &[Category]) -> Count {
        Count::of(self.kind, self.category, self.path(services))
    }

    /// The questions asked, in screen order (digit = index + 1).
    pub fn fields(&self, services: &[Category]) -> Vec<Field> {
        let count = self.count(services);
        Field::ALL
            .into_iter()
            .filter(|f| *f != Field::Quantity || count != Count::Nothing)
            .collect()
    }

    /// Why a phone number is still wanted, or `None` once there is one (or none is needed).
    /// A number has at least [`limits::PHONE_MIN_DIGITS`] digits ("-" and "12" are not).
    pub fn phone_wanted(&self) -> Option<PhoneWanted> {
        if !self.mode.needs_phone() || phone_digits(&self.phone) >= limits::PHONE_MIN_DIGITS {
            return None;
        }
        Some(match self.mode {
            Mode::Call => PhoneWanted::ToCall,
            _ => PhoneWanted::ToArrange,
        })
    }
}

/// The digits in a phone number as typed, in any script.
pub fn phone_digits(phone: &str) -> usize {
    phone.chars().filter_map(super::ascii_digit).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::lifecycle::SERVICES;

    #[test]
    fn each_kind_and_category_asks_what_fits() {
        let need = |c| Draft::new(Kind::Need, c);
        let offer = |c| Draft::new(Kind::Offer, c);
        assert_eq!(need(Category::Food).count(SERVICES), Count::People);
        assert_eq!(need(Category::Clothing).count(SERVICES), Count::Items);
        assert_eq!(offer(Category::Food).count(SERVICES), Count::Items);
        assert_eq!(need(Category::Transport).count(SERVICES), Count::Nothing);
        assert_eq!(offer(Category::Skills).count(SERVICES), Count::Hours);
        // A ride asks when, not how many: five questions, Urgency first.
        let ride = need(Category::Transport).fields(SERVICES);
        assert_eq!(ride.len(), 5);
        assert_eq!(ride[0], Field::Urgency);
        assert_eq!(need(Category::Food).fields(SERVICES), Field::ALL.to_vec());
        // A site that treats transport as goods counts it.
        assert_eq!(need(Category::Transport).count(&[]), Count::Items);
    }

    #[test]
    fn how_is_worded_for_the_direction_things_go() {
        use Path::*;
        assert_eq!(Mode::Pickup.label_id(Kind::Need, Goods), "mode-pickup");
        assert_eq!(
            Mode::Pickup.label_id(Kind::Offer, Goods),
            "offer-mode-pickup"
        );
        assert_eq!(
            Mode::Delivery.label_id(Kind::Offer, Goods),
            "offer-mode-delivery"
        );
        assert_eq!(
            Mode::Pickup.label_id(Kind::Need, Service),
            "service-mode-pickup"
        );
        assert_eq!(Mode::Call.label_id(Kind::Offer, Service), "mode-call");
    }

    #[test]
    fn call_me_and_delivery_want_a_real_phone_number_in_any_digits() {
        let mut d = Draft::new(Kind::Need, Category::Food);
        assert_eq!(d.phone_wanted(), None);
        d.mode = Mode::Call;
        assert_eq!(d.phone_wanted(), Some(PhoneWanted::ToCall));
        d.phone = "12".into();
        assert_eq!(d.phone_wanted(), Some(PhoneWanted::ToCall));
        d.phone = "٠٧٩ ١٢٣".into();
        assert_eq!(d.phone_wanted(), None, "Arabic-Indic digits count");
        d.mode = Mode::Delivery;
        d.phone.clear();
        assert_eq!(d.phone_wanted(), Some(PhoneWanted::ToArrange));
    }
}
