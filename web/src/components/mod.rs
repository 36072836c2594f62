//! Pieces of interface used by more than one page.

pub mod account;
pub mod artwork_card;
pub mod bilingual;
pub mod deep_zoom;
pub mod file_field;
pub mod filter_chips;
pub mod filter_form;
pub mod forms;
pub mod image;
pub mod layout;
pub mod museum_card;
pub mod museum_profile;
pub mod page_meta;
pub mod paged;
pub mod search_box;
pub mod states;
pub mod tabs;
pub mod time;
pub mod withdraw;
pub mod work_list;
pub mod workflow;
