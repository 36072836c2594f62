//! The translation layer: every piece of interface text is a [`Key`] looked up
//! for the visitor's [`Locale`], so a language is added here, in one table,
//! without touching the pages.
//!
//! English is the first and, for now, only language. To add one (Korean,
//! Chinese, Japanese, French are planned): add a `Locale` variant with its tag,
//! a table function like [`en`] (a missing key may fall back to English), and
//! its plural rule in [`Locale::plural`].

use leptos::prelude::*;
use vcm_shared::{
    CulturalRegion, FacetName, FieldCode, ImportStatus, MakerRole, MembershipStatus, ObjectType,
    Region, Role, SortOrder, SuggestionKind, WorkStatus,
};

/// A language the interface is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Locale {
    #[default]
    En,
}

impl Locale {
    /// Every interface language, in the order a language menu would list them.
    pub const ALL: &'static [Locale] = &[Locale::En];

    /// The BCP 47 tag, for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
        }
    }

    /// The first interface language matching one of the visitor's preferred
    /// language tags (most preferred first), or English.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Self {
        preferred
            .into_iter()
            .find_map(|tag| {
                let primary = tag.split('-').next().unwrap_or_default();
                Self::ALL
                    .iter()
                    .copied()
                    .find(|l| l.tag().eq_ignore_ascii_case(primary))
            })
            .unwrap_or_default()
    }

    /// Which plural form a count takes in this language.
    fn plural(self, n: i64) -> Plural {
        match self {
            Locale::En if n == 1 => Plural::One,
            Locale::En => Plural::Other,
        }
    }
}

/// A plural form (CLDR categories, as many as the languages need).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Plural {
    One,
    Other,
}

/// Something counted in the interface, written with the right plural form.
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

/// One piece of interface text. Placeholders are written `{name}`; fill them
/// with [`t_with`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    // The frame of every page.
    SiteName,
    SiteShortName,
    NetworkName,
    SkipToContent,
    NavLabel,
    NavCollection,
    NavMuseums,
    NavSearch,
    NavTimeline,
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
    AdminConsoleLater,
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
    // Closed lists from the shared model.
    WorkStatus(WorkStatus),
    Role(Role),
    ImportStatus(ImportStatus),
    FieldProblem(FieldCode),
    ObjectType(ObjectType),
    Region(Region),
    MakerRole(MakerRole),
    Membership(MembershipStatus),
    Facet(FacetName),
    Sort(SortOrder),
    SuggestionKind(SuggestionKind),
    CulturalRegion(CulturalRegion),
}

/// The English table: the reference every other language is translated from.
fn en(key: Key) -> &'static str {
    use Key::*;
    match key {
        SiteName => "Virtual Collection of Asian Masterpieces",
        SiteShortName => "VCM",
        NetworkName => "Asia-Europe Museum Network",
        SkipToContent => "Skip to main content",
        NavLabel => "Main",
        NavCollection => "Collection",
        NavMuseums => "Museums",
        NavSearch => "Search",
        NavTimeline => "Timeline",
        FooterAbout => {
            "The Virtual Collection of Asian Masterpieces brings together works chosen by \
             the member museums of the Asia-Europe Museum Network, each with its museum's \
             own account of why it is a masterpiece."
        }
        FooterNetwork => "A project of the Asia-Europe Museum Network (ASEMUS).",
        FooterRights => "Each record carries its own rights statement.",
        FooterApi => "API for partners",
        Loading => "Loading…",
        ErrorTitle => "Something went wrong",
        ErrorNetwork => "The collection could not be reached. Check your connection and try again.",
        ErrorUnreadable => "The server sent an answer that could not be read.",
        ErrorInvalidTitle => "This request is not valid",
        TryAgain => "Try again",
        NotFoundTitle => "Page not found",
        NotFoundText => {
            "There is nothing at this address. The link may be mistyped, or the page may have moved."
        }
        WorkNotFoundTitle => "Work not found",
        WorkNotFoundText => "No published work has this address. Its museum may have withdrawn it.",
        MuseumNotFoundTitle => "Museum not found",
        MuseumNotFoundText => "No member museum has this address.",
        CountryNotFoundTitle => "Country not found",
        CountryNotFoundText => "The network lists no country with this code.",
        BackHome => "Go to the home page",
        BrowseCollection => "Browse the collection",
        HomeHeading => "Masterpieces from the museums of Asia and Europe",
        HomeLead => {
            "Works chosen by the member museums of the Asia-Europe Museum Network, \
             each with the museum's own account of why it is a masterpiece."
        }
        MasterpieceOfTheDay => "Masterpiece of the day",
        DiscoverThisWork => "Discover this work",
        Featured => "Featured masterpieces",
        FeaturedEmpty => "No works have been published yet.",
        ExploreByCountry => "Explore by country",
        ExploreByMuseum => "Explore by museum",
        ExploreByType => "Explore by object type",
        AllMuseums => "All museums",
        ViewWholeCollection => "View the whole collection",
        ExploreTimeline => "Explore the collection through time",
        CollectionTitle => "The collection",
        CollectionLead => {
            "Filter the masterpieces by museum, country of origin, object type and date. \
             Every view has its own address, so you can share it."
        }
        Filters => "Filters",
        FilterMuseum => "Museum",
        FilterCountry => "Country of origin",
        FilterType => "Object type",
        FilterYearFrom => "From year",
        FilterYearTo => "To year",
        YearHint => "Years before the common era are negative: −500 means 500 BCE.",
        AnyMuseum => "All museums",
        AnyCountry => "All countries",
        AnyType => "All object types",
        ApplyFilters => "Apply",
        ClearFilters => "Clear all filters",
        LoadMoreWorks => "Load more works",
        LoadingMore => "Loading more…",
        EndOfResults => "You have reached the end of the list.",
        NoWorksTitle => "No works match these filters",
        NoWorksText => "Try removing a filter or widening the date range.",
        NoImage => "No image",
        NoImageOfWork => "No image of this work is available yet",
        OriginalTitle => "Original title",
        WhyMasterpiece => "Why a masterpiece",
        Description => "Description",
        InEnglish => "English",
        InOriginalLanguage => "Original language",
        AboutThisWork => "About this work",
        FieldMuseum => "Museum",
        FieldMakers => "Made by",
        FieldObjectType => "Object type",
        FieldOrigin => "Country of origin",
        FieldCulture => "Culture",
        FieldPeriod => "Period",
        FieldDate => "Date",
        FieldYears => "Date range",
        FieldMaterials => "Materials",
        FieldTechnique => "Technique",
        FieldDimensions => "Dimensions",
        FieldInventory => "Inventory number",
        FieldCredit => "Credit line",
        FieldRights => "Rights",
        MoreFromMuseum => "More works from {museum}",
        HeldBy => "Held by",
        MuseumsTitle => "Member museums",
        MuseumsLead => "The museums of the network that contribute masterpieces to the collection.",
        FilterMuseumCountry => "Country",
        NoMuseumsTitle => "No museums here yet",
        NoMuseumsText => "No member museum is located in this country yet.",
        LoadMoreMuseums => "Load more museums",
        MemberSince => "Member since {year}",
        VisitWebsite => "Visit the museum's website",
        FieldLocation => "Location",
        FieldMembership => "Membership",
        MuseumWorks => "Masterpieces in the collection",
        BrowseMuseumWorks => "Filter this museum's works in the collection",
        MuseumNoWorks => "This museum has not published any works yet.",
        CountryWorks => "Works from {country}",
        CountryMuseums => "Museums in {country}",
        CountryNoWorks => "No published work comes from this country yet.",
        CountryNoMuseums => "No member museum is located in this country yet.",
        AsemMember => "ASEM member state",
        BrowseCountryWorks => "Filter works from this country in the collection",
        SearchLabel => "Search the collection",
        SearchPlaceholder => "Titles, makers, places, materials…",
        SearchButton => "Search",
        SuggestionsLabel => "Suggestions",
        SuggestionsHint => "Use the up and down arrow keys to choose one, then Enter.",
        HomeSearchHint => "Search in any language or script, for example",
        SearchTitle => "Search the collection",
        SearchLead => {
            "Search every masterpiece in any language or script, then narrow the results. \
             Every search has its own address, so you can share it."
        }
        SearchResultsHeading => "Results",
        SearchTitleFor => "“{q}” — Search",
        Quoted => "“{q}”",
        ResultsFor => "for “{q}”",
        ShowFilters => "Filters",
        FiltersActive => "{n} active",
        FacetsHeading => "Narrow the results",
        ShowFewer => "Show fewer",
        YearsLegend => "Date",
        ApplyYears => "Apply dates",
        ActiveFilters => "Active filters",
        RemoveFilter => "Remove filter {filter}",
        ClearAll => "Clear all",
        ChipYearFrom => "From {year}",
        ChipYearTo => "Until {year}",
        SortLabel => "Sort by",
        ResultsShownOf => "Showing {shown} of {total}",
        NoResultsTitle => "No works found",
        NoResultsText => "Nothing in the collection matches this search yet.",
        TryHeading => "Things to try",
        TryRemoveFilter => "Remove a filter:",
        TrySpelling => "Check the spelling, or use fewer or more general words.",
        TrySearchAll => "Search for “{q}” without filters",
        TryScripts => "Try another script or spelling of a name:",
        TryBrowse => "Browse every work",
        RemoveBadParameter => "Search without “{param}”",
        ViewOnTimeline => "See these works on a timeline",
        TimelineTitle => "Timeline",
        TimelineLead => {
            "The collection by century and region of origin. Choose a bar to see its works."
        }
        TimelineChart => "Works by century and region of origin",
        TimelineScroll => "The chart, scrollable sideways",
        TimelineLegend => "Regions",
        TimelineBar => "{century}, {region}: {count}",
        TimelineTable => "Show the figures as a table",
        TimelineGap => "No works from the {from} to the {to}",
        TimelineCentury => "Century",
        TimelineTotal => "Total",
        TimelineEmptyTitle => "Nothing to place on the timeline",
        TimelineEmptyText => "No dated work matches this search.",
        TimelineFiltered => "Showing the works that match:",
        TimelineAsList => "See these works as a list",
        TimelineScaleNote => "Works are placed in the century of their earliest possible date.",
        CenturyCe => "{n} century",
        CenturyBce => "{n} century BCE",
        CenturyShortCe => "{n}",
        CenturyShortBce => "{n} BCE",
        RelatedWorks => "Related works",
        SignIn => "Sign in",
        SigningIn => "Signing in…",
        SignOut => "Sign out",
        SignedInAs => "Signed in as",
        NavPartner => "Museum dashboard",
        SignInTitle => "Sign in",
        SignInLead => {
            "For the editors of member museums and the network's secretariat. \
             Visitors need no account to explore the collection."
        }
        SignInFirstTitle => "Please sign in",
        SignInFirstText => "This page is for the editors of member museums. Sign in to continue.",
        AlreadySignedIn => "You are signed in as {name}.",
        LoginInvalidTitle => "The email address or password is not right",
        LoginInvalidText => {
            "Check both and try again. If you have forgotten your password, you can set a new one."
        }
        TooManyTitle => "Too many attempts",
        TooManyText => {
            "To protect the account, signing in is paused. Wait {minutes} minutes and try \
             again, or set a new password with “Forgot your password?”."
        }
        ForgotPassword => "Forgot your password?",
        BackToSignIn => "Back to sign in",
        RequiredMark => "(required)",
        RequiredNote => "Fields marked (required) must be filled in.",
        ProblemPrefix => "Problem:",
        Cancel => "Cancel",
        Saving => "Saving…",
        Sending => "Sending…",
        Creating => "Creating…",
        FieldEmail => "Email address",
        FieldPassword => "Password",
        FieldName => "Name",
        FieldRole => "Role",
        FieldCurrentPassword => "Current password",
        FieldNewPassword => "New password",
        FieldRepeatPassword => "New password again",
        EmailRequired => "Enter your email address.",
        EmailInvalid => "Enter an email address like name@museum.org.",
        PasswordRequired => "Enter your password.",
        PasswordHint => {
            "At least 12 characters. A few unrelated words make a strong, memorable password."
        }
        PasswordTooShort => "Must be at least {n} characters.",
        PasswordTooLong => "Must be at most {n} characters.",
        PasswordsDiffer => "The two new passwords are not the same.",
        TooLongChars => "Must be at most {n} characters.",
        AccountTitle => "Your account",
        AccountWho => "Who you are",
        ChangePasswordTitle => "Change your password",
        ChangePasswordButton => "Change password",
        CurrentPasswordWrong => "This is not your current password.",
        PasswordChanged => {
            "Your password has been changed. You stay signed in here; any other \
             place you were signed in has been signed out."
        }
        ForgotTitle => "Forgot your password?",
        ForgotLead => {
            "Enter the email address of your account and we will send you a link to set a new password."
        }
        SendResetLink => "Send the link",
        ResetSent => {
            "If an account uses {email}, an email with a link to set a new password is on its way. \
             The link works for one hour. Check your spam folder if it does not arrive."
        }
        SetPasswordTitle => "Set your password",
        SetPasswordLead => "Choose the password you will sign in with.",
        SetPasswordButton => "Set password",
        PasswordSetTitle => "Your password is set",
        PasswordSetText => "Sign in with your email address and the new password.",
        ResetTokenInvalidTitle => "This link no longer works",
        ResetTokenInvalidText => {
            "It was used already, or it has expired (a reset link lasts one hour, an \
             invitation seven days). Ask for a new link below."
        }
        PartnerTitle => "Museum dashboard",
        PartnerNavLabel => "Museum dashboard",
        PartnerNavDashboard => "Works",
        PartnerNavNewWork => "New work",
        PartnerNavImport => "Import",
        PartnerNavClients => "API clients",
        EditorsOnlyText => {
            "The museum dashboard is for the editors of a member museum: it is where they \
             prepare their museum's works and nominate them for the collection. Your account \
             does not edit a museum."
        }
        AdminConsoleLater => {
            "The secretariat's own console (accounts, review, the audit log) is not in the \
             web app yet; use the admin API meanwhile."
        }
        YourMuseum => "Your museum",
        ViewPublicProfile => "See its public page",
        QuotaUsed => "{used} of {quota} masterpiece places used",
        QuotaNote => "Works published or in review count against the museum's quota.",
        QuotaFullNote => "The quota is used up: withdraw a work before nominating another.",
        PartnerWorks => "Your museum's works",
        NewWork => "Add a work",
        ImportWorks => "Import from a file",
        FilterByStatus => "Show works by status",
        AllStatuses => "All",
        NoPartnerWorksTitle => "No works yet",
        NoPartnerWorksText => "Add your museum's first work, or import many at once from a file.",
        NoWorksInStatusTitle => "No works in this status",
        NoWorksInStatusText => "Choose another status above to see the rest of your works.",
        ColTitle => "Title",
        ColStatus => "Status",
        ColChanged => "Last changed",
        ColActions => "Actions",
        Nominate => "Nominate",
        NominateNamed => "Nominate “{title}”",
        NominateHint => {
            "Nominating sends the work to the secretariat for review; it needs a \
             masterpiece statement in English."
        }
        Withdraw => "Withdraw",
        WithdrawNamed => "Withdraw “{title}”",
        WithdrawQuestion => "Withdraw “{title}”?",
        WithdrawPublishedQuestion => "Withdraw “{title}”? It leaves the public collection.",
        WithdrawConfirm => "Yes, withdraw",
        ViewPublic => "See it in the collection",
        WorkNominated => "“{title}” is nominated and waits for the secretariat's review.",
        WorkWithdrawn => "“{title}” is withdrawn.",
        QuotaExceededTitle => "The museum's quota is used up",
        QuotaExceededText => {
            "“{title}” was not nominated: your museum already has as many works published \
             or in review as its quota allows. Withdraw one first."
        }
        InvalidTransitionTitle => "This change is not possible now",
        InvalidTransitionText => {
            "“{title}” cannot make this change from its current status; someone may have \
             changed it meanwhile. The list has been brought up to date."
        }
        NotReadyTitle => "This work is not ready to be nominated",
        NotReadyText => "“{title}” needs more before it can be nominated:",
        EditThisWork => "Edit the work",
        NewWorkTitle => "Add a work",
        NewWorkLead => {
            "The work is saved as a draft. Nobody outside your museum sees it until you \
             nominate it and the secretariat publishes it."
        }
        EditWorkTitle => "Edit “{title}”",
        EditWorkEyebrow => "Edit a work",
        PartnerWorkNotFoundText => "Your museum has no work at this address.",
        GroupIdentity => "Title and identification",
        GroupMaking => "Makers and origin",
        GroupDate => "Date",
        GroupMaterial => "Materials and size",
        GroupRights => "Rights and credit",
        FieldTitle => "Title in English",
        FieldTitleOriginal => "Title in the original language",
        FieldOriginalLanguage => "Original language",
        OriginalLanguageHint => {
            "A language tag such as ja, ko, th or zh-Hant; needed when a text in the original language is given."
        }
        InventoryHint => "Your museum's own number; imports find the work by it.",
        FieldSlug => "Address",
        SlugHint => {
            "Optional: lower-case words joined by hyphens, e.g. great-wave. Made from the title when left empty."
        }
        SlugFixed => "A work's address never changes.",
        FieldMakerNames => "Makers",
        MakersHint => {
            "One name a line, in order. Roles, dates and names in the original script sent \
             through the API or an import are kept."
        }
        ChooseObjectType => "Choose an object type",
        ObjectTypeRequired => "Choose the kind of object.",
        NoCountry => "Not given",
        PeriodHint => "A period or dynasty, e.g. Edo period.",
        DateTextHint => "As it should read, e.g. c. 1831.",
        FieldYearBegin => "Earliest year",
        FieldYearEnd => "Latest year",
        YearInvalid => "Enter a whole year, such as 1831 or -206.",
        MaterialsHint => {
            "Separated by semicolons, e.g. ink, colour on silk; gold leaf (or by commas when no semicolon is used)."
        }
        FieldStatement => "Why a masterpiece, in English",
        FieldStatementOriginal => "Why a masterpiece, in the original language",
        StatementHint => {
            "The museum's own account of why this work is a masterpiece. Needed to nominate it."
        }
        FieldDescription => "Description in English",
        FieldDescriptionOriginal => "Description in the original language",
        ChooseRights => "Choose a rights statement",
        RightsHint => {
            "How others may reuse the record and its image: a Creative Commons licence or a \
             rightsstatements.org statement."
        }
        SaveChanges => "Save changes",
        CreateDraft => "Save as draft",
        BackToDashboard => "Back to the dashboard",
        UnsavedChanges => "You have unsaved changes.",
        WorkSaved => "Your changes are saved.",
        WorkCreated => "The work is saved as a draft.",
        SaveBeforeMoving => {
            "Save your changes first: nominating or withdrawing acts on the saved work."
        }
        StaleTitle => "Someone changed this work",
        StaleText => {
            "The work was changed (by a colleague, or by an import) after you opened it, so \
             your changes were not saved. Reload it to see the current version; copy anything \
             you typed that you want to keep first."
        }
        ReloadWork => "Reload the work",
        ImportTitle => "Import works",
        ImportLead => {
            "Add or update many works at once from a CSV, JSON or NDJSON file. Each record is \
             matched by its inventory number: new numbers become drafts, known ones update \
             their work."
        }
        ImportStep1 => "1. Choose the file",
        ImportStep2 => "2. Check what would happen",
        ImportStep3 => "3. Import",
        FieldFile => "File",
        FileHint => {
            "CSV with a header row, a JSON array of records, or NDJSON (one record a line); UTF-8."
        }
        FileChosen => "Chosen: {name} ({size})",
        FileRequired => "Choose a file to import.",
        FieldFormat => "Format",
        FormatFromName => "From the file name",
        FormatUnknown => "The format cannot be told from the file name: choose it.",
        FieldMapping => "Column names",
        MappingHint => {
            "Only if your columns are named differently: field:column pairs separated by commas, \
             e.g. inventory_number:accession_number,makers:artist."
        }
        MappingNotPair => "“{pair}” is not written field:column.",
        MappingUnknownField => "“{field}” is not a field of a work.",
        MappingEmptyColumn => "“{field}” needs a column name after the colon.",
        IgnoreUnknown => "Skip columns that are not fields of a work",
        IgnoreUnknownHint => {
            "Otherwise a record with such a column fails, so that a misspelt column is not lost unnoticed."
        }
        DryRunButton => "Check the file (dry run)",
        Checking => "Checking…",
        DryRunNote => "A dry run reads every record and changes nothing.",
        DryRunOutdated => {
            "The file or the options changed since this check: check the file again before importing it."
        }
        SomeWillFail => {
            "{n} records have problems and will not be imported. Correct them in the file and check again, or import the others now."
        }
        FileUnreadable => {
            "The file could not be read to the end; only the records before the fault would be imported."
        }
        RealImportNote => {
            "Importing creates and updates the works counted above. New works are drafts."
        }
        ImportForReal => "Import for real",
        Importing => "Importing…",
        ImportDone => "Import finished",
        ImportStoppedTitle => "The file could not be read to the end",
        RowsRead => "Records read",
        WouldCreate => "Would be created",
        WouldUpdate => "Would be updated",
        Created => "Created",
        Updated => "Updated",
        Unchanged => "Unchanged",
        Failed => "Failed",
        NoFailedRows => "Every record can be imported.",
        FailedRowsCaption => "Records with problems, one line a problem",
        ColRow => "Record",
        ColLine => "Line",
        ColField => "Field",
        ColCode => "Problem",
        ColMessage => "What to correct",
        LoadMoreRows => "Show more records",
        PastImports => "Past imports",
        NoImportsTitle => "No imports yet",
        NoImportsText => "Imports and dry runs are listed here once you make them.",
        ColWhen => "When",
        ColKind => "Kind",
        DryRun => "Dry run",
        RealImport => "Import",
        ShowProblems => "Show problems",
        ProblemsOfImport => "Problems of import {id}",
        ClientsTitle => "API clients",
        ClientsLead => {
            "An API client lets your collection management system keep your museum's records \
             current through the partner API, without a person's password. Give each system its own."
        }
        NewClientTitle => "Create a client",
        FieldClientName => "Name",
        ClientNameHint => "To recognise it by, e.g. Collection system.",
        ClientNameRequired => "Give the client a name.",
        CreateClient => "Create client",
        ClientCreated => "“{name}” is created",
        SecretOnceTitle => "Copy the secret now: it is shown only this once",
        SecretOnceText => {
            "Store it where your collection system keeps its passwords. Anyone holding it can \
             change your museum's works. If it is lost or leaked, revoke this client and create another."
        }
        ClientId => "Client id",
        ClientSecret => "Client secret",
        CopyHint => "Select the secret and copy it, or use the button.",
        CopySecret => "Copy",
        Copied => "Copied to the clipboard.",
        CopyFailed => "Copying did not work here: select the secret and copy it yourself.",
        TokenHowTo => {
            "Your system exchanges the client id and secret for an access token at \
             POST /api/v1/oauth/token (OAuth 2.0 client credentials); see the API reference."
        }
        ClientsListTitle => "Your museum's clients",
        NoClientsTitle => "No API clients yet",
        NoClientsText => "Create one when your collection system is ready to use the partner API.",
        ColCreated => "Created",
        ColLastUsed => "Last used",
        NeverUsed => "Never",
        Active => "Active",
        Revoked => "Revoked",
        Revoke => "Revoke",
        RevokeNamed => "Revoke “{name}”",
        RevokeQuestion => "Revoke “{name}”? It stops working at once.",
        RevokeConfirm => "Yes, revoke",
        ClientRevoked => "“{name}” is revoked: its tokens no longer work.",
        WorkStatus(s) => match s {
            vcm_shared::WorkStatus::Draft => "Draft",
            vcm_shared::WorkStatus::InReview => "In review",
            vcm_shared::WorkStatus::Published => "Published",
            vcm_shared::WorkStatus::Withdrawn => "Withdrawn",
        },
        Role(r) => match r {
            vcm_shared::Role::Admin => "Secretariat (administrator)",
            vcm_shared::Role::Editor => "Museum editor",
        },
        ImportStatus(s) => match s {
            vcm_shared::ImportStatus::Queued => "Waiting",
            vcm_shared::ImportStatus::Running => "Running",
            vcm_shared::ImportStatus::Done => "Done",
            vcm_shared::ImportStatus::Failed => "Stopped",
        },
        FieldProblem(c) => match c {
            FieldCode::Required => "This is required.",
            FieldCode::TooLong => "This is too long.",
            FieldCode::Invalid => "This is not in the expected form.",
            FieldCode::UnknownValue => "This is not one of the allowed values.",
            FieldCode::OutOfRange => "This is out of range.",
            FieldCode::Duplicate => "This is already taken.",
            FieldCode::UnknownField => "This is not a field of a work.",
        },
        Facet(f) => match f {
            FacetName::Country => "Country of origin",
            FacetName::Museum => "Museum",
            FacetName::MuseumCountry => "Museum's country",
            FacetName::Region => "Region of origin",
            FacetName::ObjectType => "Object type",
            FacetName::Material => "Material",
            FacetName::Period => "Period",
            FacetName::HasImage => "Image",
            FacetName::Reusable => "Reuse",
        },
        Sort(o) => match o {
            SortOrder::Relevance => "Best match",
            SortOrder::Oldest => "Oldest first",
            SortOrder::Newest => "Newest first",
            SortOrder::Title => "Title, A to Z",
            SortOrder::Recent => "Recently added",
        },
        SuggestionKind(k) => match k {
            vcm_shared::SuggestionKind::Title => "Work",
            vcm_shared::SuggestionKind::Maker => "Maker",
            vcm_shared::SuggestionKind::Museum => "Museum",
            vcm_shared::SuggestionKind::Period => "Period",
        },
        CulturalRegion(r) => match r {
            vcm_shared::CulturalRegion::EastAsia => "East Asia",
            vcm_shared::CulturalRegion::SouthAsia => "South Asia",
            vcm_shared::CulturalRegion::SoutheastAsia => "Southeast Asia",
            vcm_shared::CulturalRegion::CentralAsia => "Central Asia",
            vcm_shared::CulturalRegion::WestAsia => "West Asia",
            vcm_shared::CulturalRegion::Europe => "Europe",
            vcm_shared::CulturalRegion::Oceania => "Oceania",
        },
        ObjectType(t) => object_type_en(t),
        Region(r) => match r {
            vcm_shared::Region::Asia => "Asia",
            vcm_shared::Region::Europe => "Europe",
            vcm_shared::Region::Oceania => "Oceania",
        },
        MakerRole(r) => match r {
            vcm_shared::MakerRole::Artist => "artist",
            vcm_shared::MakerRole::Workshop => "workshop",
            vcm_shared::MakerRole::School => "school",
            vcm_shared::MakerRole::Calligrapher => "calligrapher",
            vcm_shared::MakerRole::Potter => "potter",
            vcm_shared::MakerRole::Maker => "maker",
            vcm_shared::MakerRole::AttributedTo => "attributed to",
        },
        Membership(m) => match m {
            MembershipStatus::Applicant => "Applicant",
            MembershipStatus::Active => "Active member",
            MembershipStatus::Suspended => "Membership suspended",
            MembershipStatus::Former => "Former member",
        },
    }
}

fn object_type_en(t: ObjectType) -> &'static str {
    match t {
        ObjectType::Painting => "Painting",
        ObjectType::Calligraphy => "Calligraphy",
        ObjectType::Sculpture => "Sculpture",
        ObjectType::Ceramics => "Ceramics",
        ObjectType::Metalwork => "Metalwork",
        ObjectType::Textile => "Textile",
        ObjectType::Lacquer => "Lacquer",
        ObjectType::Print => "Print",
        ObjectType::Manuscript => "Manuscript",
        ObjectType::Jewellery => "Jewellery",
        ObjectType::ArmsAndArmour => "Arms and armour",
        ObjectType::Furniture => "Furniture",
        ObjectType::Photograph => "Photograph",
        ObjectType::Other => "Other",
    }
}

fn count_en(what: Count, plural: Plural) -> &'static str {
    match (what, plural) {
        (Count::Works, Plural::One) => "{n} work",
        (Count::Works, Plural::Other) => "{n} works",
        (Count::Museums, Plural::One) => "{n} museum",
        (Count::Museums, Plural::Other) => "{n} museums",
        (Count::WorksShown, Plural::One) => "Showing {n} work",
        (Count::WorksShown, Plural::Other) => "Showing {n} works",
        (Count::Results, Plural::One) => "{n} work found",
        (Count::Results, Plural::Other) => "{n} works found",
        (Count::Suggestions, Plural::One) => "{n} suggestion.",
        (Count::Suggestions, Plural::Other) => "{n} suggestions.",
        (Count::MoreValues, Plural::One) => "Show {n} more",
        (Count::MoreValues, Plural::Other) => "Show {n} more",
        (Count::Undated, Plural::One) => {
            "{n} matching work has no date or region, so it is not on the timeline."
        }
        (Count::Undated, Plural::Other) => {
            "{n} matching works have no date or region, so they are not on the timeline."
        }
        (Count::Problems, Plural::One) => "There is {n} problem to correct",
        (Count::Problems, Plural::Other) => "There are {n} problems to correct",
    }
}

/// An English ordinal: 1st, 2nd, 3rd, 4th, 11th, 21st.
fn ordinal_en(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
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
    let (n, bce) = century_number(from);
    let ordinal = match use_locale() {
        Locale::En => ordinal_en(n),
    };
    let key = match (bce, short) {
        (false, false) => Key::CenturyCe,
        (true, false) => Key::CenturyBce,
        (false, true) => Key::CenturyShortCe,
        (true, true) => Key::CenturyShortBce,
    };
    t_with(key, &[("n", &ordinal)])
}

/// The English name of a language the collection's records are written in,
/// by its BCP 47 tag; `None` for a tag this table does not know.
fn language_en(tag: &str) -> Option<&'static str> {
    let name = match tag {
        "zh-Hant" => "Chinese (traditional)",
        "zh-Hans" => "Chinese (simplified)",
        _ => match tag.split('-').next().unwrap_or_default() {
            "ja" => "Japanese",
            "ko" => "Korean",
            "zh" => "Chinese",
            "th" => "Thai",
            "vi" => "Vietnamese",
            "id" => "Indonesian",
            "ms" => "Malay",
            "km" => "Khmer",
            "lo" => "Lao",
            "my" => "Burmese",
            "fil" | "tl" => "Filipino",
            "hi" => "Hindi",
            "bn" => "Bengali",
            "ur" => "Urdu",
            "mn" => "Mongolian",
            "kk" => "Kazakh",
            "ru" => "Russian",
            "en" => "English",
            "fr" => "French",
            "de" => "German",
            "nl" => "Dutch",
            "it" => "Italian",
            "es" => "Spanish",
            "pt" => "Portuguese",
            "pl" => "Polish",
            "cs" => "Czech",
            "el" => "Greek",
            "hu" => "Hungarian",
            "sv" => "Swedish",
            "da" => "Danish",
            "fi" => "Finnish",
            "no" | "nb" => "Norwegian",
            _ => return None,
        },
    };
    Some(name)
}

/// The text of `key` in `locale`.
pub fn text(locale: Locale, key: Key) -> &'static str {
    match locale {
        Locale::En => en(key),
    }
}

/// The interface language of this app, provided once at its root.
#[derive(Debug, Clone, Copy)]
struct I18n {
    locale: Locale,
}

/// Makes `locale` the interface language for everything below.
pub fn provide_i18n(locale: Locale) {
    provide_context(I18n { locale });
}

/// The interface language in use (English outside the app's root).
pub fn use_locale() -> Locale {
    use_context::<I18n>().map(|i| i.locale).unwrap_or_default()
}

/// The text of `key` in the interface language.
pub fn t(key: Key) -> &'static str {
    text(use_locale(), key)
}

/// The text of `key` with its `{name}` placeholders filled in.
pub fn t_with(key: Key, args: &[(&str, &str)]) -> String {
    fill(t(key), args)
}

/// `n` things, in the right plural form: "1 work", "12 works".
pub fn t_count(what: Count, n: i64) -> String {
    let locale = use_locale();
    let template = match locale {
        Locale::En => count_en(what, locale.plural(n)),
    };
    fill(template, &[("n", &n.to_string())])
}

/// The name of the language tagged `tag`, in the interface language; the tag
/// itself when the table does not know it.
pub fn language_name(tag: &str) -> String {
    match use_locale() {
        Locale::En => language_en(tag),
    }
    .map_or_else(|| tag.to_owned(), str::to_owned)
}

fn fill(template: &str, args: &[(&str, &str)]) -> String {
    args.iter().fold(template.to_owned(), |s, (name, value)| {
        s.replace(&format!("{{{name}}}"), value)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_object_type_has_an_english_label() {
        for t in ObjectType::ALL {
            assert!(!text(Locale::En, Key::ObjectType(*t)).is_empty());
        }
        assert_eq!(
            text(Locale::En, Key::ObjectType(ObjectType::ArmsAndArmour)),
            "Arms and armour"
        );
    }

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(
            fill("Works from {country}", &[("country", "Japan")]),
            "Works from Japan"
        );
    }

    #[test]
    fn english_plurals() {
        assert_eq!(count_en(Count::Works, Locale::En.plural(1)), "{n} work");
        assert_eq!(count_en(Count::Works, Locale::En.plural(0)), "{n} works");
    }

    #[test]
    fn negotiation_falls_back_to_english() {
        assert_eq!(Locale::negotiate(["ko-KR", "en-GB"]), Locale::En);
        assert_eq!(Locale::negotiate(["xx"]), Locale::En);
    }

    #[test]
    fn centuries_and_ordinals() {
        assert_eq!(ordinal_en(1), "1st");
        assert_eq!(ordinal_en(2), "2nd");
        assert_eq!(ordinal_en(3), "3rd");
        assert_eq!(ordinal_en(11), "11th");
        assert_eq!(ordinal_en(12), "12th");
        assert_eq!(ordinal_en(21), "21st");
        assert_eq!(century_number(1800), (19, false));
        assert_eq!(century_number(0), (1, false));
        assert_eq!(century_number(-100), (1, true));
        assert_eq!(century_number(-200), (2, true));
        assert_eq!(century_number(-2600), (26, true));
        assert_eq!(century_name(1100, false), "12th century");
        assert_eq!(century_name(-300, true), "3rd BCE");
    }

    #[test]
    fn every_closed_list_has_english_labels() {
        for f in FacetName::ALL {
            assert!(!text(Locale::En, Key::Facet(*f)).is_empty());
        }
        for r in CulturalRegion::ALL {
            assert!(!text(Locale::En, Key::CulturalRegion(*r)).is_empty());
        }
        for o in SortOrder::ALL {
            assert!(!text(Locale::En, Key::Sort(*o)).is_empty());
        }
    }

    #[test]
    fn account_and_partner_lists_have_english_labels() {
        for s in WorkStatus::ALL {
            assert!(!text(Locale::En, Key::WorkStatus(*s)).is_empty());
        }
        for r in Role::ALL {
            assert!(!text(Locale::En, Key::Role(*r)).is_empty());
        }
        for c in FieldCode::ALL {
            assert!(!text(Locale::En, Key::FieldProblem(*c)).is_empty());
        }
        assert_eq!(t_count(Count::Problems, 1), "There is 1 problem to correct");
    }

    #[test]
    fn language_names_know_script_variants() {
        assert_eq!(language_en("zh-Hant"), Some("Chinese (traditional)"));
        assert_eq!(language_en("ja"), Some("Japanese"));
        assert_eq!(language_en("qaa"), None);
    }
}
