//! The ASEM member states the network seeds its country list with.
//!
//! The network's FAQ names 46 ASEM member states (Australia … Viet Nam). The
//! database holds the editable copy; this list only seeds an empty table.

use crate::model::Region;

/// A country of the seed list: ISO 3166-1 alpha-2 code, English short name, region.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeedCountry {
    pub code: &'static str,
    pub name: &'static str,
    pub region: Region,
}

const fn c(code: &'static str, name: &'static str, region: Region) -> SeedCountry {
    SeedCountry { code, name, region }
}

use Region::{Asia, Europe, Oceania};

/// The 46 ASEM member states named in the network's FAQ, in its order.
pub const ASEM_MEMBER_STATES: [SeedCountry; 46] = [
    c("AU", "Australia", Oceania),
    c("AT", "Austria", Europe),
    c("BE", "Belgium", Europe),
    c("BN", "Brunei Darussalam", Asia),
    c("BG", "Bulgaria", Europe),
    c("KH", "Cambodia", Asia),
    c("CN", "China", Asia),
    c("CY", "Cyprus", Europe),
    c("CZ", "Czech Republic", Europe),
    c("DK", "Denmark", Europe),
    c("EE", "Estonia", Europe),
    c("FI", "Finland", Europe),
    c("FR", "France", Europe),
    c("DE", "Germany", Europe),
    c("GR", "Greece", Europe),
    c("HU", "Hungary", Europe),
    c("IN", "India", Asia),
    c("ID", "Indonesia", Asia),
    c("IE", "Ireland", Europe),
    c("IT", "Italy", Europe),
    c("JP", "Japan", Asia),
    c("KR", "Republic of Korea", Asia),
    c("LA", "Lao PDR", Asia),
    c("LV", "Latvia", Europe),
    c("LT", "Lithuania", Europe),
    c("LU", "Luxembourg", Europe),
    c("MY", "Malaysia", Asia),
    c("MT", "Malta", Europe),
    c("MN", "Mongolia", Asia),
    c("MM", "Myanmar", Asia),
    c("NL", "Netherlands", Europe),
    c("NZ", "New Zealand", Oceania),
    c("PK", "Pakistan", Asia),
    c("PH", "Philippines", Asia),
    c("PL", "Poland", Europe),
    c("PT", "Portugal", Europe),
    c("RO", "Romania", Europe),
    c("RU", "Russian Federation", Europe),
    c("SG", "Singapore", Asia),
    c("SK", "Slovakia", Europe),
    c("SI", "Slovenia", Europe),
    c("ES", "Spain", Europe),
    c("SE", "Sweden", Europe),
    c("TH", "Thailand", Asia),
    c("GB", "United Kingdom", Europe),
    c("VN", "Viet Nam", Asia),
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn the_seed_list_has_46_distinct_well_formed_codes() {
        let codes: HashSet<_> = ASEM_MEMBER_STATES.iter().map(|c| c.code).collect();
        assert_eq!(codes.len(), 46);
        assert!(codes.iter().all(|c| crate::rules::is_country_code(c)));
        assert_eq!(ASEM_MEMBER_STATES[0].name, "Australia");
        assert_eq!(ASEM_MEMBER_STATES[45].name, "Viet Nam");
    }

    #[test]
    fn the_seed_list_spans_asia_europe_and_oceania() {
        let count = |r| ASEM_MEMBER_STATES.iter().filter(|c| c.region == r).count();
        assert_eq!((count(Asia), count(Europe), count(Oceania)), (16, 28, 2));
    }
}
