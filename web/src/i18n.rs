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
    ApplicationStatus, CulturalRegion, FacetName, FieldCode, ImportStatus, MakerRole,
    MembershipStatus, MessageAuthor, MuseumKind, ObjectType, Region, ReviewCheckKind, Role,
    SortOrder, SuggestionKind, WithdrawalReason, WorkStatus,
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
        AdminConsoleHint => "The secretariat works in its own console:",
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
        WithdrawReasonRequired => "Choose why the work is withdrawn.",
        WithdrawReason => "Reason",
        ChooseWithdrawReason => "Choose a reason",
        WithdrawNote => "Note",
        WithdrawNoteHint => {
            "Shown with the reason to visitors who follow an old link. Required for “Another reason”."
        }
        WithdrawnByMuseumOn => "Withdrawn by the museum on {date}: {reason}",
        WithdrawnBySecretariatOn => "Withdrawn by the secretariat on {date}: {reason}",
        DecisionPublished => "The secretariat published this work",
        DecisionChangesRequested => "The secretariat asks for changes",
        DecisionRejected => "The secretariat did not accept this work",
        DecisionChangesNext => "Make the changes asked for, save, and nominate the work again.",
        DecisionRejectedNext => {
            "The work stays in your museum's list but cannot be nominated again."
        }
        SecretariatComment => "The secretariat's comment",
        NominatedOn => "Last nominated",
        FirstPublishedOn => "First published",
        NotificationsTitle => "News from the secretariat",
        NoNotificationsTitle => "No news yet",
        NoNotificationsText => {
            "When the secretariat publishes a work, asks for changes or withdraws one, it appears here and is emailed to your museum's editors."
        }
        NoticePublished => "Published",
        NoticeChangesRequested => "Changes requested",
        NoticeRejected => "Not accepted",
        NoticeWithdrawn => "Withdrawn by the secretariat",
        WithdrawnWorkTitle => "This work has been withdrawn",
        WithdrawnWorkText => {
            "It was part of the collection and is no longer shown. Its museum or the network's secretariat gave this reason."
        }
        WithdrawnOn => "Withdrawn on",
        WithdrawnByLabel => "Withdrawn by",
        WithdrawnByMuseum => "Its museum",
        WithdrawnBySecretariat => "The network's secretariat",
        NavAdmin => "Secretariat console",
        AdminTitle => "Secretariat console",
        AdminEyebrow => "Secretariat",
        AdminsOnlyTitle => "For the secretariat only",
        AdminsOnlyText => {
            "The console is where the network's secretariat reviews works, answers membership applications and manages accounts. Your account is not an administrator's."
        }
        SignInFirstAdminText => "This page is for the network's secretariat. Sign in to continue.",
        AdminNavLabel => "Secretariat console",
        AdminNavDashboard => "Dashboard",
        AdminNavReviews => "Review queue",
        AdminNavApplications => "Applications",
        AdminNavFeatured => "Masterpiece of the day",
        AdminNavUsers => "Users",
        AdminNavAudit => "Audit log",
        AdminNavEmails => "Emails",
        AdminOpen => "Open",
        AdminWaiting => "Waiting for the secretariat",
        WorksInReview => "Works in review",
        ApplicationsWaiting => "Applications to answer",
        ApplicationsWithApplicant => "Applications waiting for their applicant",
        OldestInReview => "The oldest nomination in the queue dates from",
        MembersByCountry => "Members and published works by country",
        NoMembersTitle => "No member museums yet",
        NoMembersText => "Approved applications add museums here.",
        ColMembers => "Member museums",
        ColPublished => "Published works",
        RecentActivity => "Recent activity",
        WholeAuditLog => "The whole audit log",
        NoActivityTitle => "Nothing has happened yet",
        NoActivityText => {
            "Changes to works, accounts and applications are listed here as they happen."
        }
        ActivityLine => "{actor}: {action} on {entity} “{key}”",
        ReviewQueueLead => {
            "The works museums nominated, oldest first. Each check must pass before a work can be published."
        }
        ReviewDecided => "“{title}” is now: {status}.",
        QueueEmptyTitle => "Nothing to review",
        QueueEmptyText => "No work is waiting for review. Museums' nominations appear here.",
        CheckPassed => "passed",
        CheckFailed => "failed",
        QueueTotal => "{n} in review",
        ColNominated => "Nominated",
        ColChecks => "Checks",
        ReviewWorkTitle => "Review a work",
        ReviewNotFoundText => "No work of any museum has this address.",
        BackToQueue => "Back to the review queue",
        WorkWithdrawnBySecretariat => {
            "The work is withdrawn from the collection. Its museum's editors are told why."
        }
        ReviewStaleTitle => "The museum changed this work meanwhile",
        ReviewStaleText => "Nothing was decided. Read the work again and review what changed.",
        ReviewDecideTitle => "Decision",
        ReviewCommentLabel => "Comment for the museum",
        ReviewCommentHint => {
            "Required to request changes or to reject; optional when publishing. The museum's editors see it and get it by email."
        }
        Publish => "Publish",
        RequestChanges => "Request changes",
        RejectWork => "Reject",
        PublishBlocked => {
            "This work cannot be published now: its museum's quota is used up. Request changes, \
             or wait until the museum withdraws a work."
        }
        ReviewActionsHint => {
            "Requesting changes sends the work back to its museum; rejecting closes it for good."
        }
        AdminWithdrawHint => {
            "Takes the work out of the public collection. Visitors who follow an old link see the reason."
        }
        ReviewRecord => "The record",
        NoStatement => "No masterpiece statement yet.",
        VersionN => "version {n}",
        ReviewQuotaTitle => "The museum's quota is used up",
        ReviewChecksFailTitle => "A check fails",
        ApplyToJoin => "Apply to join",
        JoinQuestion => "Is your museum in an ASEM country and not yet a member?",
        ApplyTitle => "Apply to join the network",
        ApplyLead => {
            "Museums in the member states of the Asia-Europe Meeting (ASEM) may join the Asia-Europe Museum Network and contribute masterpieces to the collection. Tell us about your museum and send the signed application form."
        }
        ApplyMuseumName => "Museum's name in English",
        ApplyMuseumNameLocal => "Museum's name in its own language",
        ApplyMuseumNameLocalHint => "In its own script, if it differs from the English name.",
        ApplyMuseumNameLocalLang => "Language of that name",
        ApplyCountryHint => "Only museums in ASEM member states may join.",
        ApplyCountryRequired => "Choose the museum's country.",
        ChooseCountry => "Choose a country",
        ApplyCity => "City",
        ApplyWebsite => "Website",
        ApplyWebsiteHint => "Its address, starting with https://",
        ApplyFoundingYear => "Year founded",
        ApplyKind => "Kind of museum",
        ChooseMuseumKind => "Choose a kind",
        ApplyKindRequired => "Choose the kind of museum.",
        ApplyCollections => "Asian or European collections",
        ApplyCollectionsHint => {
            "A few paragraphs about the collections the museum would share with the network."
        }
        ApplyGroupMuseum => "The museum",
        ApplyGroupContact => "The contact person",
        ApplyContactHint => {
            "Once the application is approved, this person is invited as the museum's first editor."
        }
        ApplyContactName => "Name",
        ApplyContactTitle => "Title or position",
        ApplyContactEmail => "Email address",
        ApplyGroupCommitment => "Commitment and signed form",
        ApplyIcom => "The museum acknowledges the ICOM Code of Ethics for Museums",
        ApplyIcomLink => "Read the ICOM Code of Ethics for Museums (opens in a new tab)",
        ApplyDocument => "Signed application form (PDF)",
        ApplyDocumentHint => {
            "The application form signed by the museum's director, as a PDF of at most {max}."
        }
        ApplyDocumentRequired => "Choose the signed application form (a PDF file).",
        ApplyDocumentNotPdf => "The signed application form must be a PDF file.",
        ApplyDocumentTooLarge => "The file is too large: at most {max}.",
        ApplyHoneypot => "Leave this empty",
        ApplySubmit => "Send the application",
        ApplyFormDataFailed => {
            "The form could not be prepared for sending. Reload the page and try again."
        }
        ApplyConflictTitle => "This museum cannot apply now",
        ApplyTooMany => {
            "Too many applications were sent from here. Wait {minutes} minutes and try again."
        }
        ApplyDoneTitle => "Your application is in",
        ApplyReference => "Reference:",
        ApplyDoneText => {
            "The secretariat will read it and write to {email}. Follow its progress, and answer the secretariat's questions, through your private link."
        }
        ApplyFollow => "Follow your application",
        ApplyKeepLink => "Keep this private link; it is also emailed to you:",
        ApplicationStatusTitle => "Membership application",
        ApplicationNotFoundTitle => "Application not found",
        ApplicationNotFoundText => {
            "This link does not lead to an application. Check that it was copied whole from the email."
        }
        AdminApplicationNotFoundText => "No application has this number.",
        ApplicationWhereItStands => "Status:",
        ApplicationSubmittedText => "The secretariat has your application and will read it soon.",
        ApplicationInfoRequestedText => {
            "The secretariat needs more information: read its message below and answer it."
        }
        ApplicationApprovedText => {
            "Welcome to the network! Your contact person has been invited to sign in as the museum's editor."
        }
        ApplicationRejectedText => {
            "The secretariat did not accept the application. Its reasons are below."
        }
        ApplicationSubmittedOn => "Submitted",
        SeeMuseumPage => "See {museum}'s page",
        Conversation => "Messages",
        NoMessages => "No messages yet.",
        ApplicationClosedNote => "The application is decided; answers can no longer be sent here.",
        AnswerSent => "Your answer is sent to the secretariat.",
        YourAnswer => "Your answer to the secretariat",
        YourAnswerHint => "The secretariat reads it with your application.",
        SendAnswer => "Send the answer",
        ApplicationsLead => "Museums that applied to join, oldest first.",
        NoApplicationsTitle => "No applications here",
        NoApplicationsText => "No application has this status. Choose another above.",
        LoadMore => "Load more",
        ApplicationTitle => "Membership application",
        DownloadFailed => "The file could not be saved.",
        Yes => "Yes",
        No => "No",
        BackToApplications => "Back to the applications",
        ApplicationNowIs => "The application is now: {status}.",
        ApplicationFields => "What the museum sent",
        Downloading => "Downloading…",
        DownloadPdf => "Download the signed form (PDF)",
        MessageToApplicant => "Message to the applicant",
        MessageToApplicantHint => {
            "Required to request information or to reject; optional when approving. The applicant gets it by email and on their status page."
        }
        ReopenMessageHint => "Optional: why the application is reopened.",
        RequestInfo => "Request information",
        Approve => "Approve",
        RejectApplication => "Reject",
        Reopen => "Reopen",
        ApproveHint => {
            "Approving makes the museum a member and invites its contact person as its first editor."
        }
        FeaturedLead => {
            "Each day has one masterpiece of the day, chosen fairly in turn among the museums. Pin a work to a day for an anniversary or an exhibition opening."
        }
        PinnedDay => "“{title}” is the masterpiece of {date}.",
        UnpinnedDay => "{date} is given back to the rotation.",
        FeaturedSchedule => "The schedule",
        NoFeaturedTitle => "No days chosen yet",
        NoFeaturedText => "Once works are published, each day's masterpiece appears here.",
        ColDay => "Day",
        ColWork => "Work",
        ColChosenBy => "Chosen by",
        ColNote => "Note",
        UnpinNamed => "Unpin {date}",
        Unpin => "Unpin",
        Today => "Today",
        Pinned => "Pinned by the secretariat",
        Rotation => "The rotation",
        PinDateRequired => "Choose the day.",
        PinDatePast => "Choose today or a later day.",
        PinWorkRequired => "Give the address name (slug) of a published work, or find one below.",
        PinTitle => "Pin a work to a day",
        PinDateHint => "Today or later; days are counted in UTC.",
        PinWork => "Work (its address name)",
        PinWorkHint => {
            "The last part of the work's address, e.g. great-wave for /artworks/great-wave. The work must be published."
        }
        PinFind => "Find a work by its title",
        PinFindHint => "Type at least two letters, then choose a work to fill in its address name.",
        PinFindResults => "Works found",
        PinNoteHint => "Why this day, for the secretariat's own record.",
        PinSubmit => "Pin",
        UsersLead => "The accounts of the secretariat and of the museums' editors.",
        UsersListTitle => "Accounts",
        NoUsersTitle => "No accounts",
        NoUsersText => "Invite the first editor of a museum above.",
        ChooseMuseum => "Choose a museum",
        NameRequired => "Give the person's name.",
        EditorNeedsMuseum => "An editor works for a museum: choose it.",
        InviteTitle => "Invite a person",
        Invited => "An invitation is on its way to {email}.",
        EditorMuseumHint => "The museum whose works this editor prepares.",
        SendInvitation => "Send the invitation",
        UserDisabled => "Disabled",
        UserInvited => "Invited",
        ChangeRoleNamed => "Change the role of {name}",
        ChangeRole => "Change role",
        EnableNamed => "Enable {name}",
        DisableNamed => "Disable {name}",
        EnableUser => "Enable",
        DisableUser => "Disable",
        AuditLead => {
            "Who changed what, and when, newest first. Filters have their own address, to share."
        }
        AuditActor => "Who",
        AuditActorHint => "An account's email or a client's id.",
        AuditMuseumHint => "A museum's address name.",
        AuditEntity => "Kind of record",
        AuditEntityHint => "e.g. artwork, user, application",
        AuditRecordName => "Record",
        AuditKeyHint => "e.g. a work's address name",
        AuditAction => "Action",
        AuditActionHint => "e.g. artwork.publish",
        AuditSince => "Since",
        AuditSinceHint => "A moment, e.g. 2025-03-01T00:00:00Z",
        NoAuditTitle => "Nothing recorded",
        NoAuditText => "No entry matches these filters.",
        AuditRecord => "Record",
        AuditChange => "Change",
        AuditShowChange => "Before and after",
        AuditBefore => "Before",
        AuditAfter => "After",
        EmailsLead => "The emails the platform wrote, newest first, and whether they went out.",
        NoEmailsTitle => "No emails yet",
        NoEmailsText => "Invitations, password resets and notices to museums appear here.",
        EmailSent => "Sent",
        EmailFailed => "Not delivered",
        EmailPending => "Waiting to be sent",
        EmailTo => "To",
        EmailBody => "Show the message",
        PublishChecksFail => {
            "Some checks fail (marked ✗ above). Publish only if the record is right for the collection; otherwise request changes and say what is missing."
        }
        AdminNavMuseums => "Museums",
        AdminNavSettings => "Network settings",
        AdminMuseumsLead => {
            "Every museum of the network, with its membership and how much of its quota its works use. Open one to change its membership, its quota or its profile."
        }
        FilterByMembership => "Show museums by membership",
        NoMuseumsInStatusTitle => "No museums here",
        NoMuseumsInStatusText => "No museum has this membership status.",
        ColQuota => "Quota",
        PlacesUsed => "{used} of {quota} used",
        AdminMuseumTitle => "Museum",
        AdminMuseumNotFoundText => "No museum of the network has this address.",
        BackToMuseums => "Back to the museums",
        WorksByStatus => "Works by status",
        AdminQuotaNote => {
            "Works published or in review count against the quota. A quota lower than that withdraws nothing: it stops further nominations until the count is under it."
        }
        MuseumStaleTitle => "Someone changed this museum meanwhile",
        MuseumStaleText => {
            "It was changed (by its editors, or by another member of the secretariat) after you opened this page, so nothing was saved. Reload it to see the current version; copy anything you typed that you want to keep first."
        }
        ReloadMuseum => "Reload the museum",
        MembershipStatusLabel => "Membership status",
        QuotaLabel => "Quota",
        QuotaHint => "How many of its works may be published or in review at once.",
        QuotaInvalid => "Enter a whole number from 0 to {max}.",
        MembershipReason => "Reason",
        ReasonRequiredHint => {
            "Required to suspend or end a membership: the museum's editors get it by email."
        }
        ReasonOptionalHint => {
            "Optional. When a membership is restored, the museum's editors get it by email."
        }
        SaveMembership => "Save the membership",
        MembershipSaved => "Saved: {status}, with a quota of {quota}.",
        MembershipEmailed => "The museum's editors are told by email.",
        SuspensionTitle => "What suspension does",
        SuspensionText => {
            "While a museum is suspended, or no longer a member, none of its works can be nominated or published, and it is left out of the masterpiece of the day. Its published works stay published and its editors keep their accounts. Restoring the membership lifts this at once."
        }
        MuseumProfile => "Profile",
        ProfileSaved => "The museum's profile is saved.",
        SaveProfile => "Save the profile",
        FieldLatitude => "Latitude",
        FieldLongitude => "Longitude",
        LatitudeHint => "In decimal degrees, from -90 to 90, e.g. 37.5240.",
        LongitudeHint => "In decimal degrees, from -180 to 180, e.g. 126.9803.",
        CoordinateInvalid => "Enter a number in decimal degrees, such as 37.524.",
        MuseumDescription => "Description in English",
        MuseumDescriptionHint => "A few sentences about the museum, shown on its public page.",
        GroupMuseumName => "Name",
        GroupMuseumPlace => "Place and website",
        GroupMuseumAbout => "About the museum",
        SettingsLead => {
            "How the network runs: the quota new members get, the countries whose museums may join, and the terms search treats as the same."
        }
        DefaultQuotaTitle => "Default quota",
        DefaultQuotaLabel => "Quota for new members",
        DefaultQuotaHint => {
            "Given to a museum when its application is approved. Members keep their own quota: change it on the museum's page."
        }
        DefaultQuotaSaved => "Saved: museums approved from now on get a quota of {n}.",
        SaveDefaultQuota => "Save the default quota",
        CountriesTitle => "Countries",
        CountriesLead => {
            "Only museums in ASEM member states may apply. A change saves as soon as you tick or untick a box; museums and works of a country that stops being a member stay as they are."
        }
        CountryCode => "Code",
        CountryRegion => "Region",
        ColWorksFrom => "Works from it",
        AsemMemberOf => "{country} is an ASEM member state",
        CountryNowMember => "{country} is now marked as an ASEM member state.",
        CountryNoLongerMember => "{country} is no longer marked as an ASEM member state.",
        CountryAdded => "{country} ({code}) is added to the list.",
        CountryChanged => "{country} ({code}) is changed.",
        AddCountryTitle => "Add a country",
        AddCountryHint => {
            "To rename a listed country or move it to another region, give its code: the country with that code is changed."
        }
        CountryCodeHint => "Its two-letter ISO 3166-1 code, e.g. KR.",
        CountryCodeInvalid => "Enter two letters, such as KR.",
        CountryNameHint => "Its English short name, e.g. Republic of Korea.",
        AsemMemberHint => "Museums may apply only from ASEM member states.",
        SaveCountry => "Save the country",
        TermsTitle => "Equivalent search terms",
        TermsLead => {
            "Groups of names and words search treats as the same, across scripts and spellings: a search for one finds works that name any of them."
        }
        TermsReindexHint => {
            "Changes reach search once its index has been rebuilt, which happens in the background shortly after each change."
        }
        TermsFilterLabel => "Find a group by a term or its note",
        TermsShownAll => "Showing {shown} of {total} groups",
        TermsShownMatching => "{total} groups match; showing {shown}",
        NoTermsTitle => "No group matches",
        NoTermsText => "No group holds a term or note like this. Add one above.",
        ShowMoreGroups => "Show {n} more",
        TermsLabel => "Terms",
        TermsHint => {
            "One term a line, at least two, in any script, e.g. Hokusai and 葛飾北斎. A term may belong to one group only."
        }
        TermsNote => "Note",
        TermsNoteHint => "What the group is, for the secretariat, e.g. Japanese printmaker.",
        AddTermsTitle => "Add a group of terms",
        AddTermsButton => "Add the group",
        TermsAdded => "The group is added: {terms}.",
        TermsSaved => "The group is saved: {terms}.",
        TermsDeleted => "The group is deleted: {terms}.",
        EditTerms => "Edit",
        EditTermsNamed => "Edit the group {terms}",
        DeleteTerms => "Delete",
        DeleteTermsNamed => "Delete the group {terms}",
        DeleteTermsQuestion => {
            "Delete the group {terms}? Search will stop treating these terms as the same."
        }
        DeleteTermsConfirm => "Yes, delete",
        ImagesOfWork => "Images of this work",
        ImageNOfM => "Image {n} of {total}",
        ImageRightsLabel => "Image rights",
        ManifestLink => "IIIF manifest",
        ManifestHint => {
            "Opens this work's images in any IIIF viewer, such as Mirador or Universal Viewer: give the viewer this link."
        }
        ZoomOpen => "Zoom",
        ZoomDialogLabel => "Zoomable image: {title}",
        ZoomRoleDescription => "zoomable image",
        ZoomHint => "Drag to move · scroll or pinch to zoom",
        ZoomInstructions => {
            "Drag, or use the arrow keys, to move around the image. Scroll, pinch, or press plus and minus to zoom in and out; double-click to zoom in. Press 0 to see the whole image again, and Escape to close."
        }
        ZoomLevel => "Zoom {percent}%",
        ZoomIn => "Zoom in",
        ZoomOut => "Zoom out",
        ZoomReset => "Reset view",
        ZoomFullscreen => "Full screen",
        ZoomClose => "Close",
        ZoomLoading => "Loading the zoomable image…",
        ZoomFailed => "The zoomable image could not be loaded.",
        ZoomFailedHint => {
            "The image is still shown on the work's page. Try again, or close the viewer."
        }
        ImagesTitle => "Images",
        ImagesLead => {
            "The primary image shows the work in lists and on its page; the others follow in this order. Visitors see an image once it is ready."
        }
        ImagesCount => "{n} of {max} images",
        NoImagesTitle => "No images yet",
        NoImagesText => {
            "Add the first image of this work below: a work with an image is far more likely to be looked at."
        }
        ImageLabel => "Image {n}",
        ImagePrimary => "Primary",
        ImageStateFetching => "Fetching from link…",
        ImageStateProcessing => "Processing…",
        ImageStateReady => "Ready",
        ImageStateFailed => "Failed: {error}",
        ImageFailedUnknown => "the image could not be read",
        ImagePixels => "{width} × {height} pixels",
        ImageFile => "Original",
        ImageSourceUrl => "Fetched from",
        RightsFromWork => "(the work's)",
        ImageEdit => "Edit description",
        ImageEditNamed => "Edit description of image {n}",
        ImageMakePrimary => "Make primary",
        ImageMakePrimaryNamed => "Make primary: image {n}",
        ImageMoveUp => "Move up",
        ImageMoveUpNamed => "Move up: image {n}",
        ImageMoveDown => "Move down",
        ImageMoveDownNamed => "Move down: image {n}",
        ImageDelete => "Delete",
        ImageDeleteNamed => "Delete image {n}",
        ImageDeleteQuestion => "Delete image {n}? This cannot be undone.",
        ImageDeleteConfirm => "Yes, delete",
        ImageDeleted => "The image was deleted.",
        ImageSaved => "The description of image {n} was saved.",
        ImageMadePrimary => "Image {n} is now the primary image.",
        ImageMoved => "The image is now image {n}.",
        SaveImage => "Save description",
        AddImageTitle => "Add an image",
        ImageSourceLegend => "Where the image comes from",
        ImageSourceFile => "Upload a file",
        ImageSourceLink => "Give a link",
        FieldImageFile => "Image file",
        ImageFileHint => {
            "A JPEG, PNG, WebP or TIFF file, as large as you have it: visitors can zoom into every detail."
        }
        FieldImageUrl => "Link to the image",
        ImageUrlHint => {
            "An http or https address of a JPEG, PNG, WebP or TIFF file on your museum's server; the image is fetched from it once."
        }
        FieldAlt => "Alt text",
        AltHint => {
            "Say what the image shows for people who cannot see it, in a sentence or two: which view of the work (front, back, a detail) and what matters in it, such as colours, figures or an inscription. No need to begin with “Image of” or to repeat the title."
        }
        FieldImageCaption => "Caption",
        CaptionHint => "Shown under the image, e.g. “Detail of the signature”.",
        FieldImageCredit => "Photo credit",
        ImageCreditHint => "Who made the photograph, e.g. “Photo © National Museum of Korea”.",
        FieldImageRights => "Image rights",
        ImageRightsHint => {
            "The rights statement of the photograph, when it differs from the work's record."
        }
        RightsSameAsWork => "Same as the work ({rights})",
        FieldImagePosition => "Position",
        ImagePrimaryCheck => "Make it the primary image",
        ImagePrimaryHint => {
            "The primary image shows the work in lists. A work's first image is its primary image anyway."
        }
        AddImageButton => "Add the image",
        Uploading => "Uploading…",
        ImageFileRequired => "Choose the image file.",
        ImageFileType => "Choose a JPEG, PNG, WebP or TIFF image.",
        ImageUrlRequired => "Give the link to the image.",
        ImageUrlInvalid => "Give an address beginning with http:// or https://.",
        ImageTooLarge => "This file is too large for the server.",
        ImageUnsupported => {
            "The server cannot read this kind of file: choose a JPEG, PNG, WebP or TIFF image."
        }
        ImageLimitTitle => "This work has as many images as it may have",
        ImageLimitText => "A work may have at most {max} images. Delete one to add another.",
        ImageUploaded => {
            "The image was uploaded. It is being processed and appears here when it is ready."
        }
        ImageLinked => {
            "The image was added. The server is fetching it from the link; it appears here when it is ready."
        }
        WorkStatus(s) => match s {
            vcm_shared::WorkStatus::Draft => "Draft",
            vcm_shared::WorkStatus::InReview => "In review",
            vcm_shared::WorkStatus::ChangesRequested => "Changes requested",
            vcm_shared::WorkStatus::Published => "Published",
            vcm_shared::WorkStatus::Rejected => "Not accepted",
            vcm_shared::WorkStatus::Withdrawn => "Withdrawn",
        },
        WithdrawalReason(r) => match r {
            vcm_shared::WithdrawalReason::EndOfLoan => "End of a loan",
            vcm_shared::WithdrawalReason::Restitution => "Restitution",
            vcm_shared::WithdrawalReason::Deaccession => "Deaccession",
            vcm_shared::WithdrawalReason::Error => "Published by mistake",
            vcm_shared::WithdrawalReason::Other => "Another reason",
        },
        ReviewCheck(c) => match c {
            ReviewCheckKind::EnglishFields => "Required fields in English",
            ReviewCheckKind::Statement => "Masterpiece statement",
            ReviewCheckKind::Image => "Image with a text alternative",
            ReviewCheckKind::Quota => "Within the museum's quota",
        },
        MuseumKind(k) => match k {
            vcm_shared::MuseumKind::Art => "Art museum",
            vcm_shared::MuseumKind::History => "History museum",
            vcm_shared::MuseumKind::Ethnography => "Ethnography museum",
            vcm_shared::MuseumKind::Archaeology => "Archaeology museum",
            vcm_shared::MuseumKind::DecorativeArts => "Decorative arts museum",
            vcm_shared::MuseumKind::University => "University museum",
            vcm_shared::MuseumKind::General => "General museum",
            vcm_shared::MuseumKind::Other => "Another kind of museum",
        },
        ApplicationStatus(a) => match a {
            vcm_shared::ApplicationStatus::Submitted => "Waiting for the secretariat",
            vcm_shared::ApplicationStatus::InfoRequested => "Information requested",
            vcm_shared::ApplicationStatus::Approved => "Approved",
            vcm_shared::ApplicationStatus::Rejected => "Not accepted",
        },
        MessageAuthor(a) => match a {
            vcm_shared::MessageAuthor::Applicant => "The applicant",
            vcm_shared::MessageAuthor::Secretariat => "The secretariat",
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
        MembershipPlural(m) => match m {
            MembershipStatus::Applicant => "Applicants",
            MembershipStatus::Active => "Active",
            MembershipStatus::Suspended => "Suspended",
            MembershipStatus::Former => "Former members",
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
        for r in WithdrawalReason::ALL {
            assert!(!text(Locale::En, Key::WithdrawalReason(*r)).is_empty());
        }
        for c in ReviewCheckKind::ALL {
            assert!(!text(Locale::En, Key::ReviewCheck(*c)).is_empty());
        }
        for k in MuseumKind::ALL {
            assert!(!text(Locale::En, Key::MuseumKind(*k)).is_empty());
        }
        for a in ApplicationStatus::ALL {
            assert!(!text(Locale::En, Key::ApplicationStatus(*a)).is_empty());
        }
        for r in Role::ALL {
            assert!(!text(Locale::En, Key::Role(*r)).is_empty());
        }
        for m in MembershipStatus::ALL {
            assert!(!text(Locale::En, Key::Membership(*m)).is_empty());
            assert!(!text(Locale::En, Key::MembershipPlural(*m)).is_empty());
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
