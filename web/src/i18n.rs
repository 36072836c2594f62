//! The translation layer. Every piece of interface text is a [`Key`] (or a
//! [`Count`]) whose message is read, in the visitor's language, from the
//! Fluent files of `web/locales/`: one a language, `en.ftl` the reference the
//! others are translated from. Plural and ordinal forms follow each
//! language's CLDR rules (Fluent's selectors).
//!
//! The server holds every language. A browser downloads only its page's:
//! the page's boot script (or the console's) fetches that file and hands it
//! to [`install`] before the islands or the console start.
//!
//! To add a language: its file in `web/locales/`, and its line in
//! [`languages!`]'s list below.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use leptos::prelude::*;
use vcm_shared::{
    ApplicationStatus, CulturalRegion, FacetName, FieldCode, ImportStatus, MakerRole,
    MembershipStatus, MessageAuthor, MuseumKind, ObjectType, Region, ReviewCheckKind, Role,
    SortOrder, SuggestionKind, WithdrawalReason, WorkStatus,
};

/// Declares the interface languages: each one's BCP 47 tag (its file is
/// `web/locales/<tag>.ftl`), its name in itself, for the language menu, and
/// the character it groups a number's thousands with (CLDR's).
macro_rules! languages {
    ($(($tag:literal, $name:literal, $group:literal)),* $(,)?) => {
        /// The interface languages, in the language menu's order: tag, own
        /// name and thousands separator.
        pub const LANGUAGES: &[(&str, &str, char)] = &[$(($tag, $name, $group)),*];

        /// Every language's messages, on the server.
        #[cfg(feature = "ssr")]
        const SOURCES: &[&str] = &[$(include_str!(concat!("../locales/", $tag, ".ftl"))),*];
    };
}

// English first: it is the reference, and every visitor's fallback.
languages![
    ("en", "English", ','),
    ("fr", "Français", '\u{202F}'),
    ("ko", "한국어", ','),
    ("ja", "日本語", ','),
    ("zh-Hans", "简体中文", ','),
];

/// A language the interface is written in: its place in [`LANGUAGES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Locale(usize);

impl Locale {
    /// English.
    pub const EN: Locale = Locale(0);

    /// Every interface language, in the language menu's order.
    pub fn all() -> impl Iterator<Item = Locale> {
        (0..LANGUAGES.len()).map(Locale)
    }

    /// The BCP 47 tag, for `<html lang>` and the language's file.
    pub fn tag(self) -> &'static str {
        LANGUAGES[self.0].0
    }

    /// The language's name in itself: "Français", "한국어".
    pub fn name(self) -> &'static str {
        LANGUAGES[self.0].1
    }

    /// A whole number as the language writes it: "12,345", "12 345".
    pub fn number(self, n: impl Into<i128>) -> String {
        let n: i128 = n.into();
        let digits = n.unsigned_abs().to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
        if n < 0 {
            out.push('-');
        }
        for (i, d) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(LANGUAGES[self.0].2);
            }
            out.push(d);
        }
        out
    }

    /// The interface language a language tag asks for: its own, else one
    /// of the same language (`fr-CA` is French; `zh-TW`, like any Chinese,
    /// the simplified script the interface is written in); `None` when the
    /// interface does not speak it.
    pub fn of_tag(tag: &str) -> Option<Locale> {
        let tag = tag.trim();
        if tag.is_empty() || tag.len() > 35 {
            return None;
        }
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        Self::all()
            .find(|l| l.tag().eq_ignore_ascii_case(tag))
            .or_else(|| {
                Self::all().find(|l| {
                    l.tag()
                        .split('-')
                        .next()
                        .is_some_and(|p| p.eq_ignore_ascii_case(primary))
                })
            })
    }

    /// The first interface language matching one of the visitor's preferred
    /// language tags (most preferred first), or English.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Self {
        preferred
            .into_iter()
            .find_map(Self::of_tag)
            .unwrap_or_default()
    }

    /// The interface language for an `Accept-Language` header: its most
    /// preferred language the interface speaks (weights `q=0` left out; at
    /// most the first 32 entries are read), or English.
    pub fn accepted(header: &str) -> Self {
        let mut tags: Vec<(&str, f32)> = header
            .split(',')
            .take(32)
            .filter_map(|part| {
                let mut pieces = part.split(';');
                let tag = pieces.next()?.trim();
                let q = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
                (q > 0.0 && tag != "*").then_some((tag, q))
            })
            .collect();
        tags.sort_by(|a, b| b.1.total_cmp(&a.1));
        Self::negotiate(tags.into_iter().map(|(tag, _)| tag))
    }
}

/// One language's messages, and those without placeholders as formatted once.
struct Catalog {
    bundle: FluentBundle<FluentResource>,
    texts: Mutex<HashMap<Key, &'static str>>,
}

impl Catalog {
    /// The messages of a Fluent file; the parser's complaints when it has any.
    fn parse(locale: Locale, source: String) -> Result<Self, Vec<String>> {
        let resource = FluentResource::try_new(source)
            .map_err(|(_, errors)| errors.iter().map(|e| format!("{e:?}")).collect::<Vec<_>>())?;
        let lang = locale.tag().parse().map_err(|e| vec![format!("{e:?}")])?;
        let mut bundle = FluentBundle::new_concurrent(vec![lang]);
        // No invisible isolation marks around the values put into a message.
        bundle.set_use_isolating(false);
        bundle.add_builtins().map_err(|e| vec![format!("{e:?}")])?;
        bundle.set_formatter(Some(grouped));
        bundle
            .add_resource(resource)
            .map_err(|errors| errors.iter().map(|e| format!("{e:?}")).collect::<Vec<_>>())?;
        Ok(Catalog {
            bundle,
            texts: Mutex::new(HashMap::new()),
        })
    }

    /// The message `id` with `args`; `None` when the language lacks it.
    fn format(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let pattern = self.bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(
            self.bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned(),
        )
    }
}

/// A bundle's language, as its number formatter learns it from the bundle.
struct Grouping(Locale);

impl intl_memoizer::Memoizable for Grouping {
    type Args = ();
    type Error = ();

    fn construct(lang: unic_langid::LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Locale::of_tag(&lang.to_string()).map(Grouping).ok_or(())
    }
}

/// Writes a whole number placed in a message with its thousands grouped as
/// the message's language groups them; other numbers as Fluent writes them.
fn grouped(
    value: &FluentValue,
    intls: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let whole = n.value.fract() == 0.0 && n.value.abs() < 1e15;
    if !whole || !n.options.use_grouping || n.options.minimum_fraction_digits.is_some() {
        return None;
    }
    intls
        .with_try_get::<Grouping, _, _>((), |g| g.0.number(n.value as i64))
        .ok()
}

/// Each language's messages, once read.
static CATALOGS: [OnceLock<Catalog>; LANGUAGES.len()] =
    [const { OnceLock::new() }; LANGUAGES.len()];

/// The language the islands and the console speak, in the browser.
static CURRENT: AtomicUsize = AtomicUsize::new(0);

/// The messages of `locale`: on the server, read from the file built in; in
/// the browser, those [`install`] was given.
fn catalog(locale: Locale) -> Option<&'static Catalog> {
    let cell = CATALOGS.get(locale.0)?;
    #[cfg(feature = "ssr")]
    {
        Some(cell.get_or_init(|| {
            Catalog::parse(locale, SOURCES[locale.0].to_owned())
                .unwrap_or_else(|e| panic!("web/locales/{}.ftl: {e:?}", locale.tag()))
        }))
    }
    #[cfg(not(feature = "ssr"))]
    {
        cell.get()
    }
}

/// Makes `source`, a Fluent file, the messages of the language tagged `tag`
/// and that language the interface's; false when the tag is not one of the
/// interface's languages or the file cannot be read. In the browser, the
/// page's boot script calls it before the islands start.
#[cfg_attr(not(feature = "ssr"), wasm_bindgen::prelude::wasm_bindgen)]
pub fn install(tag: &str, source: String) -> bool {
    let Some(locale) = Locale::all().find(|l| l.tag() == tag) else {
        return false;
    };
    let Ok(catalog) = Catalog::parse(locale, source) else {
        return false;
    };
    let _ = CATALOGS[locale.0].set(catalog);
    CURRENT.store(locale.0, Ordering::Relaxed);
    true
}

/// A name written in kebab case: `WorkStatus(InReview)` → `work-status-in-review`.
fn kebab(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 8);
    for (i, c) in chars.iter().enumerate() {
        match c {
            '(' => out.push('-'),
            ')' => {}
            c if c.is_ascii_uppercase() && i > 0 => {
                let prev = chars[i - 1];
                let next_lower = chars.get(i + 1).is_some_and(char::is_ascii_lowercase);
                if prev.is_ascii_lowercase()
                    || prev.is_ascii_digit()
                    || (prev.is_ascii_uppercase() && next_lower)
                {
                    out.push('-');
                }
                out.push(c.to_ascii_lowercase());
            }
            c => out.push(c.to_ascii_lowercase()),
        }
    }
    out
}

impl Key {
    /// The key's message id.
    pub fn id(self) -> String {
        kebab(&format!("{self:?}"))
    }
}

/// The message `id` in `locale` with `args`, else in English, else the id
/// itself (a message missing everywhere is a bug the tests catch).
fn format(locale: Locale, id: &str, args: Option<&FluentArgs>) -> String {
    catalog(locale)
        .and_then(|c| c.format(id, args))
        .or_else(|| catalog(Locale::EN).and_then(|c| c.format(id, args)))
        .unwrap_or_else(|| id.to_owned())
}

/// The text of `key` in `locale` (empty before the browser has any
/// language's messages).
pub fn text(locale: Locale, key: Key) -> &'static str {
    let Some(c) = catalog(locale).or_else(|| catalog(Locale::EN)) else {
        return "";
    };
    if let Some(text) = c.texts.lock().ok().and_then(|t| t.get(&key).copied()) {
        return text;
    }
    // Formatted once and kept for the life of the process: a language has a
    // bounded number of messages.
    let text: &'static str = format(locale, &key.id(), None).leak();
    if let Ok(mut texts) = c.texts.lock() {
        texts.insert(key, text);
    }
    text
}

/// The interface language of one page on the server, provided at its root.
#[derive(Debug, Clone, Copy)]
struct I18n {
    locale: Locale,
}

/// Makes `locale` the interface language for everything below.
pub fn provide_i18n(locale: Locale) {
    provide_context(I18n { locale });
}

/// The interface language in use: the page's on the server, the installed
/// one in the browser.
pub fn use_locale() -> Locale {
    use_context::<I18n>()
        .map(|i| i.locale)
        .unwrap_or_else(|| Locale(CURRENT.load(Ordering::Relaxed)))
}

/// The text of `key` in the interface language.
pub fn t(key: Key) -> &'static str {
    text(use_locale(), key)
}

/// The placeholders that hold amounts: counts, quotas, sizes.
const AMOUNTS: &[&str] = &[
    "n", "total", "shown", "quota", "used", "count", "max", "minutes", "width", "height",
];

/// Placeholders and their values, for a message.
fn fluent_args<'a>(args: &[(&'a str, &'a str)]) -> FluentArgs<'a> {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        // An amount is a number, so that a language may choose its plural
        // form and group its thousands; other text stays as given, digits
        // and all (a year, an id, a search for "007").
        let value = if AMOUNTS.contains(name) {
            FluentValue::try_number(value)
        } else {
            FluentValue::from(*value)
        };
        fluent.set(*name, value);
    }
    fluent
}

/// The text of `key` with its placeholders filled in.
pub fn t_with(key: Key, args: &[(&str, &str)]) -> String {
    format(use_locale(), &key.id(), Some(&fluent_args(args)))
}

/// `n` things, in the right plural form: "1 work", "12 works".
pub fn t_count(what: Count, n: i64) -> String {
    count_in(use_locale(), what, n)
}

/// `n` things in `locale`.
fn count_in(locale: Locale, what: Count, n: i64) -> String {
    let mut args = FluentArgs::new();
    args.set("n", FluentValue::from(n));
    let id = format!("count-{}", kebab(&format!("{what:?}")));
    format(locale, &id, Some(&args))
}

/// A whole number as the interface language writes it.
pub fn number(n: impl Into<i128>) -> String {
    use_locale().number(n)
}

/// A country's name in `locale`: its message `country-` and its code in
/// lower case; `None` in English, whose names are the API's (the
/// secretariat's list), and for a country added after the translation.
pub fn country_name_in(locale: Locale, code: &str) -> Option<String> {
    if locale == Locale::EN {
        return None;
    }
    let id = format!("country-{}", code.to_ascii_lowercase());
    catalog(locale).and_then(|c| c.format(&id, None))
}

/// A country's name in the interface language, else `name`, the API's.
pub fn country_name(code: &str, name: &str) -> String {
    country_name_in(use_locale(), code).unwrap_or_else(|| name.to_owned())
}

/// The name of the language tagged `tag`, in the interface language; the tag
/// itself when the interface has no name for it.
pub fn language_name(tag: &str) -> String {
    let id = format!("language-{tag}");
    let locale = use_locale();
    catalog(locale)
        .and_then(|c| c.format(&id, None))
        .unwrap_or_else(|| tag.to_owned())
}

/// `n` in Roman numerals (1 to 3999), as some languages write centuries.
fn roman(mut n: u32) -> String {
    const NUMERALS: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (value, numeral) in NUMERALS {
        while n >= value {
            out.push_str(numeral);
            n -= value;
        }
    }
    out
}

/// The century that begins with `from` (as the timeline's buckets do: 1800
/// for 1800–1899, −200 for 200–101 BCE) and whether it is before the common era.
fn century_number(from: i32) -> (u32, bool) {
    if from < 0 {
        ((-from / 100).unsigned_abs().max(1), true)
    } else {
        ((from / 100).unsigned_abs() + 1, false)
    }
}

/// The name of the century beginning with `from`: "19th century", "3rd century BCE";
/// `short` for an axis: "19th", "3rd BCE".
pub fn century_name(from: i32, short: bool) -> String {
    century_in(use_locale(), from, short)
}

/// The name of the century beginning with `from`, in `locale`.
fn century_in(locale: Locale, from: i32, short: bool) -> String {
    let (n, bce) = century_number(from);
    let key = match (bce, short) {
        (false, false) => Key::CenturyCe,
        (true, false) => Key::CenturyBce,
        (false, true) => Key::CenturyShortCe,
        (true, true) => Key::CenturyShortBce,
    };
    let mut args = FluentArgs::new();
    args.set("n", FluentValue::from(n));
    args.set("roman", roman(n));
    format(locale, &key.id(), Some(&args))
}

/// Something counted in the interface, written with the right plural form:
/// its message is `count-` and its name in kebab case, with the number `$n`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    Works,
    Museums,
    WorksShown,
    /// Works a search found.
    Results,
    /// Suggestions offered under the search box.
    Suggestions,
    /// Values of a facet not yet shown.
    MoreValues,
    /// Works the timeline cannot place.
    Undated,
    /// Problems that keep a form from being sent.
    Problems,
}

/// One piece of interface text: its message is the key's name in kebab case
/// (`Key::SiteName` is `site-name`; `Key::WorkStatus(WorkStatus::InReview)`
/// is `work-status-in-review`). Fill a message's placeholders (`{ $name }`)
/// with [`t_with`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Key {
    // The frame of every page.
    SiteName,
    SiteShortName,
    NetworkName,
    NeedsJavascript,
    SkipToContent,
    NavLabel,
    NavCollection,
    NavMuseums,
    NavSearch,
    NavTimeline,
    /// The language menu's name.
    LanguageMenu,
    FooterAbout,
    FooterNetwork,
    FooterRights,
    FooterApi,
    // States.
    Loading,
    ErrorTitle,
    ErrorNetwork,
    ErrorUnreadable,
    ErrorInvalidTitle,
    TryAgain,
    NotFoundTitle,
    NotFoundText,
    WorkNotFoundTitle,
    WorkNotFoundText,
    MuseumNotFoundTitle,
    MuseumNotFoundText,
    CountryNotFoundTitle,
    CountryNotFoundText,
    BackHome,
    BrowseCollection,
    // Home.
    HomeHeading,
    HomeLead,
    MasterpieceOfTheDay,
    DiscoverThisWork,
    Featured,
    FeaturedEmpty,
    ExploreByCountry,
    ExploreByMuseum,
    ExploreByType,
    AllMuseums,
    ViewWholeCollection,
    ExploreTimeline,
    // Collection.
    CollectionTitle,
    CollectionLead,
    Filters,
    FilterMuseum,
    FilterCountry,
    FilterType,
    FilterYearFrom,
    FilterYearTo,
    YearHint,
    AnyMuseum,
    AnyCountry,
    AnyType,
    ApplyFilters,
    ClearFilters,
    LoadMoreWorks,
    LoadingMore,
    EndOfResults,
    NoWorksTitle,
    NoWorksText,
    // Works.
    NoImage,
    NoImageOfWork,
    OriginalTitle,
    WhyMasterpiece,
    Description,
    InEnglish,
    InOriginalLanguage,
    AboutThisWork,
    FieldMuseum,
    FieldMakers,
    FieldObjectType,
    FieldOrigin,
    FieldCulture,
    FieldPeriod,
    FieldDate,
    FieldYears,
    FieldMaterials,
    FieldTechnique,
    FieldDimensions,
    FieldInventory,
    FieldCredit,
    FieldRights,
    MoreFromMuseum,
    HeldBy,
    // Museums.
    MuseumsTitle,
    MuseumsLead,
    FilterMuseumCountry,
    NoMuseumsTitle,
    NoMuseumsText,
    LoadMoreMuseums,
    MemberSince,
    VisitWebsite,
    FieldLocation,
    FieldMembership,
    MuseumWorks,
    BrowseMuseumWorks,
    MuseumNoWorks,
    // Countries.
    CountryWorks,
    CountryMuseums,
    CountryNoWorks,
    CountryNoMuseums,
    AsemMember,
    BrowseCountryWorks,
    // Search box.
    SearchLabel,
    SearchPlaceholder,
    SearchButton,
    SuggestionsLabel,
    SuggestionsHint,
    HomeSearchHint,
    // Search page.
    SearchTitle,
    SearchLead,
    SearchResultsHeading,
    SearchTitleFor,
    Quoted,
    ResultsFor,
    ShowFilters,
    FiltersActive,
    FacetsHeading,
    ShowFewer,
    YearsLegend,
    ApplyYears,
    ActiveFilters,
    RemoveFilter,
    ClearAll,
    ChipYearFrom,
    ChipYearTo,
    SortLabel,
    ResultsShownOf,
    NoResultsTitle,
    NoResultsText,
    TryHeading,
    TryRemoveFilter,
    TrySpelling,
    TrySearchAll,
    TryScripts,
    TryBrowse,
    RemoveBadParameter,
    ViewOnTimeline,
    // Timeline.
    TimelineTitle,
    TimelineLead,
    TimelineChart,
    TimelineScroll,
    TimelineLegend,
    TimelineBar,
    TimelineTable,
    TimelineGap,
    TimelineCentury,
    TimelineTotal,
    TimelineEmptyTitle,
    TimelineEmptyText,
    TimelineFiltered,
    TimelineAsList,
    TimelineScaleNote,
    CenturyCe,
    CenturyBce,
    CenturyShortCe,
    CenturyShortBce,
    // Artwork.
    RelatedWorks,
    // Signing in and out.
    SignIn,
    SigningIn,
    SignOut,
    SignedInAs,
    NavPartner,
    SignInTitle,
    SignInLead,
    SignInFirstTitle,
    SignInFirstText,
    AlreadySignedIn,
    LoginInvalidTitle,
    LoginInvalidText,
    TooManyTitle,
    TooManyText,
    ForgotPassword,
    BackToSignIn,
    // Forms.
    RequiredMark,
    RequiredNote,
    ProblemPrefix,
    Cancel,
    Saving,
    Sending,
    Creating,
    FieldEmail,
    FieldPassword,
    FieldName,
    FieldRole,
    FieldCurrentPassword,
    FieldNewPassword,
    FieldRepeatPassword,
    EmailRequired,
    EmailInvalid,
    PasswordRequired,
    PasswordHint,
    PasswordTooShort,
    PasswordTooLong,
    PasswordsDiffer,
    TooLongChars,
    // Account.
    AccountTitle,
    AccountWho,
    ChangePasswordTitle,
    ChangePasswordButton,
    CurrentPasswordWrong,
    PasswordChanged,
    ForgotTitle,
    ForgotLead,
    SendResetLink,
    ResetSent,
    SetPasswordTitle,
    SetPasswordLead,
    SetPasswordButton,
    PasswordSetTitle,
    PasswordSetText,
    ResetTokenInvalidTitle,
    ResetTokenInvalidText,
    // Partner pages.
    PartnerTitle,
    PartnerNavLabel,
    PartnerNavDashboard,
    PartnerNavNewWork,
    PartnerNavImport,
    PartnerNavClients,
    EditorsOnlyText,
    AdminConsoleHint,
    YourMuseum,
    ViewPublicProfile,
    QuotaUsed,
    QuotaNote,
    QuotaFullNote,
    PartnerWorks,
    NewWork,
    ImportWorks,
    FilterByStatus,
    AllStatuses,
    NoPartnerWorksTitle,
    NoPartnerWorksText,
    NoWorksInStatusTitle,
    NoWorksInStatusText,
    ColTitle,
    ColStatus,
    ColChanged,
    ColActions,
    Nominate,
    NominateNamed,
    NominateHint,
    Withdraw,
    WithdrawNamed,
    WithdrawQuestion,
    WithdrawPublishedQuestion,
    WithdrawConfirm,
    ViewPublic,
    WorkNominated,
    WorkWithdrawn,
    QuotaExceededTitle,
    QuotaExceededText,
    InvalidTransitionTitle,
    InvalidTransitionText,
    NotReadyTitle,
    NotReadyText,
    EditThisWork,
    // The form of a work.
    NewWorkTitle,
    NewWorkLead,
    EditWorkTitle,
    EditWorkEyebrow,
    PartnerWorkNotFoundText,
    GroupIdentity,
    GroupMaking,
    GroupDate,
    GroupMaterial,
    GroupRights,
    FieldTitle,
    FieldTitleOriginal,
    FieldOriginalLanguage,
    OriginalLanguageHint,
    InventoryHint,
    FieldSlug,
    SlugHint,
    SlugFixed,
    FieldMakerNames,
    MakersHint,
    ChooseObjectType,
    ObjectTypeRequired,
    NoCountry,
    PeriodHint,
    DateTextHint,
    FieldYearBegin,
    FieldYearEnd,
    YearInvalid,
    MaterialsHint,
    FieldStatement,
    FieldStatementOriginal,
    StatementHint,
    FieldDescription,
    FieldDescriptionOriginal,
    ChooseRights,
    RightsHint,
    SaveChanges,
    CreateDraft,
    BackToDashboard,
    UnsavedChanges,
    WorkSaved,
    WorkCreated,
    SaveBeforeMoving,
    StaleTitle,
    StaleText,
    ReloadWork,
    // Import.
    ImportTitle,
    ImportLead,
    ImportStep1,
    ImportStep2,
    ImportStep3,
    FieldFile,
    FileHint,
    FileChosen,
    FileRequired,
    FieldFormat,
    FormatFromName,
    FormatUnknown,
    FieldMapping,
    MappingHint,
    MappingNotPair,
    MappingUnknownField,
    MappingEmptyColumn,
    IgnoreUnknown,
    IgnoreUnknownHint,
    DryRunButton,
    Checking,
    DryRunNote,
    DryRunOutdated,
    SomeWillFail,
    FileUnreadable,
    RealImportNote,
    ImportForReal,
    Importing,
    ImportDone,
    ImportStoppedTitle,
    RowsRead,
    WouldCreate,
    WouldUpdate,
    Created,
    Updated,
    Unchanged,
    Failed,
    NoFailedRows,
    FailedRowsCaption,
    ColRow,
    ColLine,
    ColField,
    ColCode,
    ColMessage,
    LoadMoreRows,
    PastImports,
    NoImportsTitle,
    NoImportsText,
    ColWhen,
    ColKind,
    DryRun,
    RealImport,
    ShowProblems,
    ProblemsOfImport,
    // API clients.
    ClientsTitle,
    ClientsLead,
    NewClientTitle,
    FieldClientName,
    ClientNameHint,
    ClientNameRequired,
    CreateClient,
    ClientCreated,
    SecretOnceTitle,
    SecretOnceText,
    ClientId,
    ClientSecret,
    CopyHint,
    CopySecret,
    Copied,
    CopyFailed,
    TokenHowTo,
    ClientsListTitle,
    NoClientsTitle,
    NoClientsText,
    ColCreated,
    ColLastUsed,
    NeverUsed,
    Active,
    Revoked,
    Revoke,
    RevokeNamed,
    RevokeQuestion,
    RevokeConfirm,
    ClientRevoked,
    WithdrawReasonRequired,
    WithdrawReason,
    ChooseWithdrawReason,
    WithdrawNote,
    WithdrawNoteHint,
    WithdrawnByMuseumOn,
    WithdrawnBySecretariatOn,
    DecisionPublished,
    DecisionChangesRequested,
    DecisionRejected,
    DecisionChangesNext,
    DecisionRejectedNext,
    SecretariatComment,
    NominatedOn,
    FirstPublishedOn,
    NotificationsTitle,
    NoNotificationsTitle,
    NoNotificationsText,
    NoticePublished,
    NoticeChangesRequested,
    NoticeRejected,
    NoticeWithdrawn,
    WithdrawnWorkTitle,
    WithdrawnWorkText,
    WithdrawnOn,
    WithdrawnByLabel,
    WithdrawnByMuseum,
    WithdrawnBySecretariat,
    NavAdmin,
    AdminTitle,
    AdminEyebrow,
    AdminsOnlyTitle,
    AdminsOnlyText,
    SignInFirstAdminText,
    AdminNavLabel,
    AdminNavDashboard,
    AdminNavReviews,
    AdminNavApplications,
    AdminNavFeatured,
    AdminNavUsers,
    AdminNavAudit,
    AdminNavEmails,
    AdminOpen,
    AdminWaiting,
    WorksInReview,
    ApplicationsWaiting,
    ApplicationsWithApplicant,
    OldestInReview,
    MembersByCountry,
    NoMembersTitle,
    NoMembersText,
    ColMembers,
    ColPublished,
    RecentActivity,
    WholeAuditLog,
    NoActivityTitle,
    NoActivityText,
    ActivityLine,
    ReviewQueueLead,
    ReviewDecided,
    QueueEmptyTitle,
    QueueEmptyText,
    CheckPassed,
    CheckFailed,
    QueueTotal,
    ColNominated,
    ColChecks,
    ReviewWorkTitle,
    ReviewNotFoundText,
    BackToQueue,
    WorkWithdrawnBySecretariat,
    ReviewStaleTitle,
    ReviewStaleText,
    ReviewDecideTitle,
    ReviewCommentLabel,
    ReviewCommentHint,
    Publish,
    RequestChanges,
    RejectWork,
    PublishBlocked,
    ReviewActionsHint,
    AdminWithdrawHint,
    ReviewRecord,
    NoStatement,
    VersionN,
    ReviewQuotaTitle,
    ReviewChecksFailTitle,
    ApplyToJoin,
    JoinQuestion,
    ApplyTitle,
    ApplyLead,
    ApplyMuseumName,
    ApplyMuseumNameLocal,
    ApplyMuseumNameLocalHint,
    ApplyMuseumNameLocalLang,
    ApplyCountryHint,
    ApplyCountryRequired,
    ChooseCountry,
    ApplyCity,
    ApplyWebsite,
    ApplyWebsiteHint,
    ApplyFoundingYear,
    ApplyKind,
    ChooseMuseumKind,
    ApplyKindRequired,
    ApplyCollections,
    ApplyCollectionsHint,
    ApplyGroupMuseum,
    ApplyGroupContact,
    ApplyContactHint,
    ApplyContactName,
    ApplyContactTitle,
    ApplyContactEmail,
    ApplyGroupCommitment,
    ApplyIcom,
    ApplyIcomLink,
    ApplyDocument,
    ApplyDocumentHint,
    ApplyDocumentRequired,
    ApplyDocumentNotPdf,
    ApplyDocumentTooLarge,
    ApplyHoneypot,
    ApplySubmit,
    ApplyFormDataFailed,
    ApplyConflictTitle,
    ApplyTooMany,
    ApplyDoneTitle,
    ApplyReference,
    ApplyDoneText,
    ApplyFollow,
    ApplyKeepLink,
    ApplicationStatusTitle,
    ApplicationNotFoundTitle,
    ApplicationNotFoundText,
    AdminApplicationNotFoundText,
    ApplicationWhereItStands,
    ApplicationSubmittedText,
    ApplicationInfoRequestedText,
    ApplicationApprovedText,
    ApplicationRejectedText,
    ApplicationSubmittedOn,
    SeeMuseumPage,
    Conversation,
    NoMessages,
    ApplicationClosedNote,
    AnswerSent,
    YourAnswer,
    YourAnswerHint,
    SendAnswer,
    ApplicationsLead,
    NoApplicationsTitle,
    NoApplicationsText,
    LoadMore,
    ApplicationTitle,
    DownloadFailed,
    Yes,
    No,
    WithAnImage,
    WithoutAnImage,
    FreeToReuse,
    ReuseRestricted,
    BackToApplications,
    ApplicationNowIs,
    ApplicationFields,
    Downloading,
    DownloadPdf,
    MessageToApplicant,
    MessageToApplicantHint,
    ReopenMessageHint,
    RequestInfo,
    Approve,
    RejectApplication,
    Reopen,
    ApproveHint,
    FeaturedLead,
    PinnedDay,
    UnpinnedDay,
    FeaturedSchedule,
    NoFeaturedTitle,
    NoFeaturedText,
    ColDay,
    ColWork,
    ColChosenBy,
    ColNote,
    UnpinNamed,
    Unpin,
    Today,
    Pinned,
    Rotation,
    PinDateRequired,
    PinDatePast,
    PinWorkRequired,
    PinTitle,
    PinDateHint,
    PinWork,
    PinWorkHint,
    PinFind,
    PinFindHint,
    PinFindResults,
    PinNoteHint,
    PinSubmit,
    UsersLead,
    UsersListTitle,
    NoUsersTitle,
    NoUsersText,
    ChooseMuseum,
    NameRequired,
    EditorNeedsMuseum,
    InviteTitle,
    Invited,
    EditorMuseumHint,
    SendInvitation,
    UserDisabled,
    UserInvited,
    ChangeRoleNamed,
    ChangeRole,
    EnableNamed,
    DisableNamed,
    EnableUser,
    DisableUser,
    AuditLead,
    AuditActor,
    AuditActorHint,
    AuditMuseumHint,
    AuditEntity,
    AuditEntityHint,
    AuditRecordName,
    AuditKeyHint,
    AuditAction,
    AuditActionHint,
    AuditSince,
    AuditSinceHint,
    NoAuditTitle,
    NoAuditText,
    AuditRecord,
    AuditChange,
    AuditShowChange,
    AuditBefore,
    AuditAfter,
    EmailsLead,
    NoEmailsTitle,
    NoEmailsText,
    EmailSent,
    EmailFailed,
    EmailPending,
    EmailTo,
    EmailBody,
    PublishChecksFail,
    AdminNavMuseums,
    AdminNavSettings,
    AdminMuseumsLead,
    FilterByMembership,
    NoMuseumsInStatusTitle,
    NoMuseumsInStatusText,
    ColQuota,
    PlacesUsed,
    AdminMuseumTitle,
    AdminMuseumNotFoundText,
    BackToMuseums,
    WorksByStatus,
    AdminQuotaNote,
    MuseumStaleTitle,
    MuseumStaleText,
    ReloadMuseum,
    MembershipStatusLabel,
    QuotaLabel,
    QuotaHint,
    QuotaInvalid,
    MembershipReason,
    ReasonRequiredHint,
    ReasonOptionalHint,
    SaveMembership,
    MembershipSaved,
    MembershipEmailed,
    SuspensionTitle,
    SuspensionText,
    MuseumProfile,
    ProfileSaved,
    SaveProfile,
    FieldLatitude,
    FieldLongitude,
    LatitudeHint,
    LongitudeHint,
    CoordinateInvalid,
    MuseumDescription,
    MuseumDescriptionHint,
    GroupMuseumName,
    GroupMuseumPlace,
    GroupMuseumAbout,
    SettingsLead,
    DefaultQuotaTitle,
    DefaultQuotaLabel,
    DefaultQuotaHint,
    DefaultQuotaSaved,
    SaveDefaultQuota,
    CountriesTitle,
    CountriesLead,
    CountryCode,
    CountryRegion,
    ColWorksFrom,
    AsemMemberOf,
    CountryNowMember,
    CountryNoLongerMember,
    CountryAdded,
    CountryChanged,
    AddCountryTitle,
    AddCountryHint,
    CountryCodeHint,
    CountryCodeInvalid,
    CountryNameHint,
    AsemMemberHint,
    SaveCountry,
    TermsTitle,
    TermsLead,
    TermsReindexHint,
    TermsFilterLabel,
    TermsShownAll,
    TermsShownMatching,
    NoTermsTitle,
    NoTermsText,
    ShowMoreGroups,
    TermsLabel,
    TermsHint,
    TermsNote,
    TermsNoteHint,
    AddTermsTitle,
    AddTermsButton,
    TermsAdded,
    TermsSaved,
    TermsDeleted,
    EditTerms,
    EditTermsNamed,
    DeleteTerms,
    DeleteTermsNamed,
    DeleteTermsQuestion,
    DeleteTermsConfirm,
    // Images on a work's page and the deep-zoom viewer.
    ImagesOfWork,
    ImageNOfM,
    ImageRightsLabel,
    ManifestLink,
    ManifestHint,
    ZoomOpen,
    ZoomDialogLabel,
    ZoomRoleDescription,
    ZoomHint,
    ZoomInstructions,
    ZoomLevel,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    ZoomFullscreen,
    ZoomClose,
    ZoomLoading,
    ZoomFailed,
    ZoomFailedHint,
    // A work's images, on its partner page.
    ImagesTitle,
    ImagesLead,
    ImagesCount,
    NoImagesTitle,
    NoImagesText,
    ImageLabel,
    ImagePrimary,
    ImageStateFetching,
    ImageStateProcessing,
    ImageStateReady,
    ImageStateFailed,
    ImageFailedUnknown,
    ImagePixels,
    ImageFile,
    ImageSourceUrl,
    RightsFromWork,
    ImageEdit,
    ImageEditNamed,
    ImageMakePrimary,
    ImageMakePrimaryNamed,
    ImageMoveUp,
    ImageMoveUpNamed,
    ImageMoveDown,
    ImageMoveDownNamed,
    ImageDelete,
    ImageDeleteNamed,
    ImageDeleteQuestion,
    ImageDeleteConfirm,
    ImageDeleted,
    ImageSaved,
    ImageMadePrimary,
    ImageMoved,
    SaveImage,
    AddImageTitle,
    ImageSourceLegend,
    ImageSourceFile,
    ImageSourceLink,
    FieldImageFile,
    ImageFileHint,
    FieldImageUrl,
    ImageUrlHint,
    FieldAlt,
    AltHint,
    FieldImageCaption,
    CaptionHint,
    FieldImageCredit,
    ImageCreditHint,
    FieldImageRights,
    ImageRightsHint,
    RightsSameAsWork,
    FieldImagePosition,
    ImagePrimaryCheck,
    ImagePrimaryHint,
    AddImageButton,
    Uploading,
    ImageFileRequired,
    ImageFileType,
    ImageUrlRequired,
    ImageUrlInvalid,
    ImageTooLarge,
    ImageUnsupported,
    ImageLimitTitle,
    ImageLimitText,
    ImageUploaded,
    ImageLinked,
    // Closed lists from the shared model.
    WorkStatus(WorkStatus),
    Role(Role),
    ImportStatus(ImportStatus),
    FieldProblem(FieldCode),
    ObjectType(ObjectType),
    Region(Region),
    MakerRole(MakerRole),
    Membership(MembershipStatus),
    /// A membership status as a filter: the museums in it.
    MembershipPlural(MembershipStatus),
    Facet(FacetName),
    Sort(SortOrder),
    SuggestionKind(SuggestionKind),
    CulturalRegion(CulturalRegion),
    WithdrawalReason(WithdrawalReason),
    ReviewCheck(ReviewCheckKind),
    MuseumKind(MuseumKind),
    ApplicationStatus(ApplicationStatus),
    MessageAuthor(MessageAuthor),
}

#[cfg(test)]
mod tests {
    use super::*;

    use std::collections::{BTreeMap, BTreeSet};
    use std::path::{Path, PathBuf};

    use fluent_syntax::ast;

    fn locales_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
    }

    fn source(locale: Locale) -> String {
        let path = locales_dir().join(format!("{}.ftl", locale.tag()));
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// Every language's messages, installed once for the tests.
    fn installed() {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            for locale in Locale::all() {
                let catalog = Catalog::parse(locale, source(locale))
                    .unwrap_or_else(|e| panic!("{}.ftl: {e:?}", locale.tag()));
                let _ = CATALOGS[locale.0].set(catalog);
            }
        });
    }

    fn of(tag: &str) -> Locale {
        Locale::of_tag(tag).unwrap()
    }

    /// The variables a pattern uses (`$name`), wherever they stand.
    fn variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        fn expression(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
            match e {
                ast::Expression::Select { selector, variants } => {
                    inline(selector, out);
                    for v in variants {
                        variables(&v.value, out);
                    }
                }
                ast::Expression::Inline(i) => inline(i, out),
            }
        }
        fn inline(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
            match i {
                ast::InlineExpression::VariableReference { id } => {
                    out.insert(id.name.to_owned());
                }
                ast::InlineExpression::FunctionReference { arguments, .. } => {
                    for p in &arguments.positional {
                        inline(p, out);
                    }
                }
                ast::InlineExpression::Placeable { expression: e } => expression(e, out),
                _ => {}
            }
        }
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression: e } = element {
                expression(e, out);
            }
        }
    }

    /// A file's messages, by id: the variables each uses, and those its
    /// comment names besides (`$roman`, for the languages that want it).
    fn messages(locale: Locale) -> BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> {
        let text = source(locale);
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, e)| panic!("{}.ftl: {e:?}", locale.tag()));
        let mut out = BTreeMap::new();
        for entry in &resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut used = BTreeSet::new();
                if let Some(value) = &m.value {
                    variables(value, &mut used);
                }
                let named = m
                    .comment
                    .iter()
                    .flat_map(|c| c.content.iter())
                    .flat_map(|line| {
                        line.split(|c: char| !(c.is_alphanumeric() || c == '$' || c == '_'))
                    })
                    .filter_map(|word| word.strip_prefix('$'))
                    .map(str::to_owned)
                    .collect();
                let id = m.id.name.to_owned();
                assert!(
                    out.insert(id.clone(), (used, named)).is_none(),
                    "{}.ftl: {id} twice",
                    locale.tag()
                );
            }
        }
        out
    }

    #[test]
    fn every_language_file_is_read_without_complaint() {
        for locale in Locale::all() {
            if let Err(e) = Catalog::parse(locale, source(locale)) {
                panic!("{}.ftl: {e:?}", locale.tag());
            }
        }
        let files: BTreeSet<String> = std::fs::read_dir(locales_dir())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        let listed: BTreeSet<String> = Locale::all().map(|l| format!("{}.ftl", l.tag())).collect();
        assert_eq!(
            files, listed,
            "a file in web/locales/ for each language of LANGUAGES"
        );
    }

    #[test]
    fn every_language_has_every_message_with_its_placeholders() {
        let english = messages(Locale::EN);
        for locale in Locale::all().skip(1) {
            let theirs = messages(locale);
            let tag = locale.tag();
            let missing: Vec<_> = english
                .keys()
                .filter(|id| !theirs.contains_key(*id))
                .collect();
            assert!(missing.is_empty(), "{tag}.ftl lacks {missing:?}");
            let extra: Vec<_> = theirs
                .keys()
                .filter(|id| !english.contains_key(*id))
                .collect();
            assert!(
                extra.is_empty(),
                "{tag}.ftl has messages English has not: {extra:?}"
            );
            for (id, (ours, named)) in &english {
                let (used, _) = &theirs[id];
                let allowed: BTreeSet<_> = ours.union(named).cloned().collect();
                assert!(
                    used.is_subset(&allowed),
                    "{tag}.ftl: {id} uses {used:?}; English offers {allowed:?}"
                );
                // A translation may say a value its own way ($roman for $n),
                // but must not drop every one of them.
                assert!(
                    ours.is_empty() || !used.is_empty(),
                    "{tag}.ftl: {id} uses none of {ours:?}"
                );
                if named.is_empty() {
                    assert_eq!(used, ours, "{tag}.ftl: {id}'s placeholders");
                }
            }
        }
    }

    /// Every key the code can ask for.
    fn every_key() -> Vec<Key> {
        let mut keys = Vec::new();
        keys.extend(WorkStatus::ALL.iter().map(|v| Key::WorkStatus(*v)));
        keys.extend(
            WithdrawalReason::ALL
                .iter()
                .map(|v| Key::WithdrawalReason(*v)),
        );
        keys.extend(ReviewCheckKind::ALL.iter().map(|v| Key::ReviewCheck(*v)));
        keys.extend(MuseumKind::ALL.iter().map(|v| Key::MuseumKind(*v)));
        keys.extend(
            ApplicationStatus::ALL
                .iter()
                .map(|v| Key::ApplicationStatus(*v)),
        );
        keys.extend(MessageAuthor::ALL.iter().map(|v| Key::MessageAuthor(*v)));
        keys.extend(Role::ALL.iter().map(|v| Key::Role(*v)));
        keys.extend(ImportStatus::ALL.iter().map(|v| Key::ImportStatus(*v)));
        keys.extend(FieldCode::ALL.iter().map(|v| Key::FieldProblem(*v)));
        keys.extend(FacetName::ALL.iter().map(|v| Key::Facet(*v)));
        keys.extend(SortOrder::ALL.iter().map(|v| Key::Sort(*v)));
        keys.extend(SuggestionKind::ALL.iter().map(|v| Key::SuggestionKind(*v)));
        keys.extend(CulturalRegion::ALL.iter().map(|v| Key::CulturalRegion(*v)));
        keys.extend(ObjectType::ALL.iter().map(|v| Key::ObjectType(*v)));
        keys.extend(Region::ALL.iter().map(|v| Key::Region(*v)));
        keys.extend(MakerRole::ALL.iter().map(|v| Key::MakerRole(*v)));
        keys.extend(MembershipStatus::ALL.iter().map(|v| Key::Membership(*v)));
        keys.extend(
            MembershipStatus::ALL
                .iter()
                .map(|v| Key::MembershipPlural(*v)),
        );
        keys
    }

    /// The names after `prefix` (`Key::`, `Count::`) in the web app's code.
    fn names_in_code(prefix: &str) -> BTreeSet<String> {
        fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
            for entry in std::fs::read_dir(dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    out.push(path);
                }
            }
        }
        // The web app, and the server's files that use its keys (the
        // console's page, facet labels).
        let mut files = Vec::new();
        let web = Path::new(env!("CARGO_MANIFEST_DIR"));
        walk(&web.join("src"), &mut files);
        let mut server = Vec::new();
        walk(&web.join("../api/src"), &mut server);
        files.extend(
            server.into_iter().filter(|f| {
                std::fs::read_to_string(f).is_ok_and(|t| t.contains("vcm_web::i18n::"))
            }),
        );
        let mut names = BTreeSet::new();
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            // `Key::` itself, not `SortKey::`.
            let starts = text.match_indices(prefix).filter(|(at, _)| {
                !text[..*at]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_')
            });
            for (at, _) in starts {
                let piece = &text[at + prefix.len()..];
                let name: String = piece
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if name.starts_with(|c: char| c.is_ascii_uppercase()) {
                    names.insert(name);
                }
            }
        }
        names
    }

    #[test]
    fn every_english_message_is_used_and_every_key_has_one() {
        let english = messages(Locale::EN);
        let in_code = names_in_code("Key::");
        let mut wanted: BTreeSet<String> = BTreeSet::new();
        for key in every_key() {
            let variant = format!("{key:?}");
            if in_code.contains(variant.split('(').next().unwrap()) {
                wanted.insert(key.id());
            }
        }
        for name in &in_code {
            if !every_key()
                .iter()
                .any(|k| format!("{k:?}").starts_with(&format!("{name}(")))
            {
                wanted.insert(kebab(name));
            }
        }
        for name in names_in_code("Count::") {
            wanted.insert(format!("count-{}", kebab(&name)));
        }
        for country in vcm_shared::countries::ASEM_MEMBER_STATES {
            wanted.insert(format!("country-{}", country.code.to_ascii_lowercase()));
        }
        let missing: Vec<_> = wanted
            .iter()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(
            missing.is_empty(),
            "keys without an English message: {missing:?}"
        );
        let unused: Vec<_> = english
            .keys()
            .filter(|id| !wanted.contains(*id) && !id.starts_with("language-"))
            .collect();
        assert!(unused.is_empty(), "messages no code uses: {unused:?}");
    }

    #[test]
    fn keys_are_named_in_kebab_case() {
        assert_eq!(Key::SiteName.id(), "site-name");
        assert_eq!(Key::ImageNOfM.id(), "image-n-of-m");
        assert_eq!(Key::ImportStep1.id(), "import-step1");
        assert_eq!(
            Key::WorkStatus(WorkStatus::ChangesRequested).id(),
            "work-status-changes-requested"
        );
        assert_eq!(
            Key::ObjectType(ObjectType::ArmsAndArmour).id(),
            "object-type-arms-and-armour"
        );
    }

    #[test]
    fn messages_are_read_in_each_language() {
        installed();
        assert_eq!(
            text(Locale::EN, Key::ObjectType(ObjectType::ArmsAndArmour)),
            "Arms and armour"
        );
        for locale in Locale::all().skip(1) {
            for key in [
                Key::SiteName,
                Key::NavSearch,
                Key::ObjectType(ObjectType::Ceramics),
            ] {
                let (theirs, ours) = (text(locale, key), text(Locale::EN, key));
                assert!(
                    !theirs.is_empty() && theirs != ours,
                    "{}: {key:?} is {theirs:?}",
                    locale.tag()
                );
            }
        }
    }

    #[test]
    fn counts_follow_each_language_s_plural_rules() {
        installed();
        assert_eq!(count_in(Locale::EN, Count::Works, 1), "1 work");
        assert_eq!(count_in(Locale::EN, Count::Works, 0), "0 works");
        assert_eq!(
            count_in(Locale::EN, Count::Problems, 1),
            "There is 1 problem to correct"
        );
        // French counts 0 and 1 alike, and 2 otherwise.
        let fr = of("fr");
        assert_eq!(
            count_in(fr, Count::Works, 0),
            count_in(fr, Count::Works, 1).replace('1', "0")
        );
        assert_ne!(
            count_in(fr, Count::Works, 2),
            count_in(fr, Count::Works, 1).replace('1', "2")
        );
        // Korean has one form.
        let ko = of("ko");
        assert_eq!(
            count_in(ko, Count::Works, 1).replace('1', "2"),
            count_in(ko, Count::Works, 2)
        );
    }

    #[test]
    fn numbers_group_their_thousands_as_each_language_does() {
        installed();
        assert_eq!(Locale::EN.number(1_234_567), "1,234,567");
        assert_eq!(Locale::EN.number(-1234), "-1,234");
        assert_eq!(Locale::EN.number(999u64), "999");
        assert_eq!(of("fr").number(12_345), "12\u{202F}345");
        assert_eq!(of("ja").number(7_400), "7,400");
        // In messages too, where the number still chooses the plural form.
        assert_eq!(count_in(Locale::EN, Count::Works, 7_400), "7,400 works");
        assert!(
            count_in(of("fr"), Count::Works, 12_345).starts_with("12\u{202F}345 "),
            "{}",
            count_in(of("fr"), Count::Works, 12_345)
        );
        assert!(count_in(of("ko"), Count::Works, 2_000).contains("2,000"));
        // A year, an id or a search is written as given.
        let member_since = fluent_args(&[("year", "2000")]);
        assert_eq!(
            format(Locale::EN, "member-since", Some(&member_since)),
            "Member since 2000"
        );
        let quoted = fluent_args(&[("q", "007")]);
        assert_eq!(format(Locale::EN, "quoted", Some(&quoted)), "“007”");
    }

    #[test]
    fn countries_are_named_in_each_language() {
        installed();
        // The English file names them as the list is seeded, for translators.
        for country in vcm_shared::countries::ASEM_MEMBER_STATES {
            let id = format!("country-{}", country.code.to_ascii_lowercase());
            assert_eq!(format(Locale::EN, &id, None), country.name, "{id}");
        }
        assert_eq!(country_name_in(of("ko"), "KR").as_deref(), Some("대한민국"));
        assert_eq!(
            country_name_in(of("fr"), "DE").as_deref(),
            Some("Allemagne")
        );
        assert_eq!(country_name_in(Locale::EN, "KR"), None, "the API's own");
        assert_eq!(
            country_name_in(of("ja"), "XK"),
            None,
            "a country added later"
        );
    }

    #[test]
    fn centuries_in_each_language() {
        installed();
        assert_eq!(century_number(1800), (19, false));
        assert_eq!(century_number(0), (1, false));
        assert_eq!(century_number(-100), (1, true));
        assert_eq!(century_number(-2600), (26, true));
        let en = Locale::EN;
        assert_eq!(century_in(en, 1100, false), "12th century");
        assert_eq!(century_in(en, 0, false), "1st century");
        assert_eq!(century_in(en, 100, false), "2nd century");
        assert_eq!(century_in(en, 200, false), "3rd century");
        assert_eq!(century_in(en, 1000, false), "11th century");
        assert_eq!(century_in(en, 2000, false), "21st century");
        assert_eq!(century_in(en, -300, true), "3rd BCE");
        assert_eq!(roman(18), "XVIII");
        assert_eq!(roman(1994), "MCMXCIV");
        assert!(century_in(of("fr"), 1700, false).contains("XVIII"));
        assert!(century_in(of("ko"), 1700, false).contains("18"));
    }

    #[test]
    fn the_visitor_s_languages_choose_the_interface_s() {
        assert_eq!(Locale::negotiate(["ko-KR", "en-GB"]), of("ko"));
        assert_eq!(Locale::negotiate(["xx", "fr-CA"]), of("fr"));
        assert_eq!(Locale::negotiate(["zh-TW"]), of("zh-Hans"));
        assert_eq!(Locale::negotiate(["xx"]), Locale::EN);
        assert_eq!(Locale::accepted("de;q=1, ja;q=0.4, fr;q=0.8"), of("fr"));
        assert_eq!(Locale::accepted("ko;q=0, en"), Locale::EN);
        assert_eq!(Locale::accepted("*"), Locale::EN);
        assert_eq!(Locale::accepted(&"x".repeat(10_000)), Locale::EN);
        assert_eq!(Locale::of_tag(""), None);
        assert_eq!(Locale::of_tag(&"a".repeat(5_000)), None);
    }

    #[test]
    fn language_names_come_from_the_language_s_file() {
        installed();
        let names = messages(Locale::EN);
        assert!(names.contains_key("language-zh-Hant") && names.contains_key("language-ja"));
    }
}
