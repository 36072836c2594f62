# The interface of the Virtual Collection of Asian Masterpieces, in English:
# the reference every other language is translated from.
#
# Fluent syntax (https://projectfluent.org/fluent/guide/). A placeholder is
# written { $name }; a translation keeps the same placeholders. Plural forms
# follow the language's CLDR rules: { $n -> [one] … *[other] … }.


## The frame of every page.

site-name = Virtual Collection of Asian Masterpieces
site-short-name = VCM
network-name = Asia-Europe Museum Network
needs-javascript = The Virtual Collection of Asian Masterpieces needs JavaScript to run.
skip-to-content = Skip to main content
nav-label = Main
nav-collection = Collection
nav-museums = Museums
nav-search = Search
nav-timeline = Timeline
language-menu = Language
footer-about = The Virtual Collection of Asian Masterpieces brings together works chosen by the member museums of the Asia-Europe Museum Network, each with its museum's own account of why it is a masterpiece.
footer-network = A project of the Asia-Europe Museum Network (ASEMUS).
footer-rights = Each record carries its own rights statement.
footer-api = API for partners

## States.

loading = Loading…
error-title = Something went wrong
error-network = The collection could not be reached. Check your connection and try again.
error-unreadable = The server sent an answer that could not be read.
error-invalid-title = This request is not valid
try-again = Try again
not-found-title = Page not found
not-found-text = There is nothing at this address. The link may be mistyped, or the page may have moved.
work-not-found-title = Work not found
work-not-found-text = No published work has this address. Its museum may have withdrawn it.
museum-not-found-title = Museum not found
museum-not-found-text = No member museum has this address.
country-not-found-title = Country not found
country-not-found-text = The network lists no country with this code.
back-home = Go to the home page
browse-collection = Browse the collection

## Home.

home-heading = Masterpieces from the museums of Asia and Europe
home-lead = Works chosen by the member museums of the Asia-Europe Museum Network, each with the museum's own account of why it is a masterpiece.
masterpiece-of-the-day = Masterpiece of the day
discover-this-work = Discover this work
featured = Featured masterpieces
featured-empty = No works have been published yet.
explore-by-country = Explore by country
explore-by-museum = Explore by museum
explore-by-type = Explore by object type
all-museums = All museums
view-whole-collection = View the whole collection
explore-timeline = Explore the collection through time

## Collection.

collection-title = The collection
collection-lead = Filter the masterpieces by museum, country of origin, object type and date. Every view has its own address, so you can share it.
filters = Filters
filter-museum = Museum
filter-country = Country of origin
filter-type = Object type
filter-year-from = From year
filter-year-to = To year
year-hint = Years before the common era are negative: −500 means 500 BCE.
any-museum = All museums
any-country = All countries
any-type = All object types
apply-filters = Apply
clear-filters = Clear all filters
load-more-works = Load more works
loading-more = Loading more…
end-of-results = You have reached the end of the list.
no-works-title = No works match these filters
no-works-text = Try removing a filter or widening the date range.

## Works.

no-image = No image
no-image-of-work = No image of this work is available yet
original-title = Original title
why-masterpiece = Why a masterpiece
description = Description
in-english = English
in-original-language = Original language
about-this-work = About this work
field-museum = Museum
field-makers = Made by
field-object-type = Object type
field-origin = Country of origin
field-culture = Culture
field-period = Period
field-date = Date
field-years = Date range
field-materials = Materials
field-technique = Technique
field-dimensions = Dimensions
field-inventory = Inventory number
field-credit = Credit line
field-rights = Rights
more-from-museum = More works from { $museum }
held-by = Held by

## Museums.

museums-title = Member museums
museums-lead = The museums of the network that contribute masterpieces to the collection.
filter-museum-country = Country
no-museums-title = No museums here yet
no-museums-text = No member museum is located in this country yet.
load-more-museums = Load more museums
member-since = Member since { $year }
visit-website = Visit the museum's website
field-location = Location
field-membership = Membership
museum-works = Masterpieces in the collection
browse-museum-works = Filter this museum's works in the collection
museum-no-works = This museum has not published any works yet.

## Countries.

country-works = Works from { $country }
country-museums = Museums in { $country }
country-no-works = No published work comes from this country yet.
country-no-museums = No member museum is located in this country yet.
asem-member = ASEM member state
browse-country-works = Filter works from this country in the collection

## Search box.

search-label = Search the collection
search-placeholder = Titles, makers, places, materials…
search-button = Search
suggestions-label = Suggestions
suggestions-hint = Use the up and down arrow keys to choose one, then Enter.
home-search-hint = Search in any language or script, for example

## Search page.

search-title = Search the collection
search-lead = Search every masterpiece in any language or script, then narrow the results. Every search has its own address, so you can share it.
search-results-heading = Results
search-title-for = “{ $q }” — Search
quoted = “{ $q }”
results-for = for “{ $q }”
show-filters = Filters
filters-active = { $n } active
facets-heading = Narrow the results
show-fewer = Show fewer
years-legend = Date
apply-years = Apply dates
active-filters = Active filters
remove-filter = Remove filter { $filter }
clear-all = Clear all
chip-year-from = From { $year }
chip-year-to = Until { $year }
sort-label = Sort by
results-shown-of = Showing { $shown } of { $total }
no-results-title = No works found
no-results-text = Nothing in the collection matches this search yet.
try-heading = Things to try
try-remove-filter = Remove a filter:
try-spelling = Check the spelling, or use fewer or more general words.
try-search-all = Search for “{ $q }” without filters
try-scripts = Try another script or spelling of a name:
try-browse = Browse every work
remove-bad-parameter = Search without “{ $param }”
view-on-timeline = See these works on a timeline

## Timeline.

timeline-title = Timeline
timeline-lead = The collection by century and region of origin. Choose a bar to see its works.
timeline-chart = Works by century and region of origin
timeline-scroll = The chart, scrollable sideways
timeline-legend = Regions
timeline-bar = { $century }, { $region }: { $count }
timeline-table = Show the figures as a table
timeline-gap = No works from the { $from } to the { $to }
timeline-century = Century
timeline-total = Total
timeline-empty-title = Nothing to place on the timeline
timeline-empty-text = No dated work matches this search.
timeline-filtered = Showing the works that match:
timeline-as-list = See these works as a list
timeline-scale-note = Works are placed in the century of their earliest possible date.
# The centuries: $n is the century's number (19 for 1800–1899, 3 for
# 300–201 BCE); $roman is the same in Roman numerals (XIX), for the languages
# that write centuries so. The short forms label the timeline's axis.
century-ce =
    { NUMBER($n, type: "ordinal") ->
        [one] { $n }st century
        [two] { $n }nd century
        [few] { $n }rd century
       *[other] { $n }th century
    }
# $n and $roman as for century-ce.
century-bce =
    { NUMBER($n, type: "ordinal") ->
        [one] { $n }st century BCE
        [two] { $n }nd century BCE
        [few] { $n }rd century BCE
       *[other] { $n }th century BCE
    }
# $n and $roman as for century-ce.
century-short-ce =
    { NUMBER($n, type: "ordinal") ->
        [one] { $n }st
        [two] { $n }nd
        [few] { $n }rd
       *[other] { $n }th
    }
# $n and $roman as for century-ce.
century-short-bce =
    { NUMBER($n, type: "ordinal") ->
        [one] { $n }st BCE
        [two] { $n }nd BCE
        [few] { $n }rd BCE
       *[other] { $n }th BCE
    }

## Artwork.

related-works = Related works

## Signing in and out.

sign-in = Sign in
signing-in = Signing in…
sign-out = Sign out
signed-in-as = Signed in as
nav-partner = Museum dashboard
sign-in-title = Sign in
sign-in-lead = For the editors of member museums and the network's secretariat. Visitors need no account to explore the collection.
sign-in-first-title = Please sign in
sign-in-first-text = This page is for the editors of member museums. Sign in to continue.
already-signed-in = You are signed in as { $name }.
login-invalid-title = The email address or password is not right
login-invalid-text = Check both and try again. If you have forgotten your password, you can set a new one.
too-many-title = Too many attempts
too-many-text = To protect the account, signing in is paused. Wait { $minutes } minutes and try again, or set a new password with “Forgot your password?”.
forgot-password = Forgot your password?
back-to-sign-in = Back to sign in

## Forms.

required-mark = (required)
required-note = Fields marked (required) must be filled in.
problem-prefix = Problem:
cancel = Cancel
saving = Saving…
sending = Sending…
creating = Creating…
field-email = Email address
field-password = Password
field-name = Name
field-role = Role
field-current-password = Current password
field-new-password = New password
field-repeat-password = New password again
email-required = Enter your email address.
email-invalid = Enter an email address like name@museum.org.
password-required = Enter your password.
password-hint = At least 12 characters. A few unrelated words make a strong, memorable password.
password-too-short = Must be at least { $n } characters.
password-too-long = Must be at most { $n } characters.
passwords-differ = The two new passwords are not the same.
too-long-chars = Must be at most { $n } characters.

## Account.

account-title = Your account
account-who = Who you are
change-password-title = Change your password
change-password-button = Change password
current-password-wrong = This is not your current password.
password-changed = Your password has been changed. You stay signed in here; any other place you were signed in has been signed out.
forgot-title = Forgot your password?
forgot-lead = Enter the email address of your account and we will send you a link to set a new password.
send-reset-link = Send the link
reset-sent = If an account uses { $email }, an email with a link to set a new password is on its way. The link works for one hour. Check your spam folder if it does not arrive.
set-password-title = Set your password
set-password-lead = Choose the password you will sign in with.
set-password-button = Set password
password-set-title = Your password is set
password-set-text = Sign in with your email address and the new password.
reset-token-invalid-title = This link no longer works
reset-token-invalid-text = It was used already, or it has expired (a reset link lasts one hour, an invitation seven days). Ask for a new link below.

## Partner pages.

partner-title = Museum dashboard
partner-nav-label = Museum dashboard
partner-nav-dashboard = Works
partner-nav-new-work = New work
partner-nav-import = Import
partner-nav-clients = API clients
editors-only-text = The museum dashboard is for the editors of a member museum: it is where they prepare their museum's works and nominate them for the collection. Your account does not edit a museum.
admin-console-hint = The secretariat works in its own console:
your-museum = Your museum
view-public-profile = See its public page
quota-used = { $used } of { $quota } masterpiece places used
quota-note = Works published or in review count against the museum's quota.
quota-full-note = The quota is used up: withdraw a work before nominating another.
partner-works = Your museum's works
new-work = Add a work
import-works = Import from a file
filter-by-status = Show works by status
all-statuses = All
no-partner-works-title = No works yet
no-partner-works-text = Add your museum's first work, or import many at once from a file.
no-works-in-status-title = No works in this status
no-works-in-status-text = Choose another status above to see the rest of your works.
col-title = Title
col-status = Status
col-changed = Last changed
col-actions = Actions
nominate = Nominate
nominate-named = Nominate “{ $title }”
nominate-hint = Nominating sends the work to the secretariat for review; it needs a masterpiece statement in English.
withdraw = Withdraw
withdraw-named = Withdraw “{ $title }”
withdraw-question = Withdraw “{ $title }”?
withdraw-published-question = Withdraw “{ $title }”? It leaves the public collection.
withdraw-confirm = Yes, withdraw
view-public = See it in the collection
work-nominated = “{ $title }” is nominated and waits for the secretariat's review.
work-withdrawn = “{ $title }” is withdrawn.
quota-exceeded-title = The museum's quota is used up
quota-exceeded-text = “{ $title }” was not nominated: your museum already has as many works published or in review as its quota allows. Withdraw one first.
invalid-transition-title = This change is not possible now
invalid-transition-text = “{ $title }” cannot make this change from its current status; someone may have changed it meanwhile. The list has been brought up to date.
not-ready-title = This work is not ready to be nominated
not-ready-text = “{ $title }” needs more before it can be nominated:
edit-this-work = Edit the work

## The form of a work.

new-work-title = Add a work
new-work-lead = The work is saved as a draft. Nobody outside your museum sees it until you nominate it and the secretariat publishes it.
edit-work-title = Edit “{ $title }”
edit-work-eyebrow = Edit a work
partner-work-not-found-text = Your museum has no work at this address.
group-identity = Title and identification
group-making = Makers and origin
group-date = Date
group-material = Materials and size
group-rights = Rights and credit
field-title = Title in English
field-title-original = Title in the original language
field-original-language = Original language
original-language-hint = A language tag such as ja, ko, th or zh-Hant; needed when a text in the original language is given.
inventory-hint = Your museum's own number; imports find the work by it.
field-slug = Address
slug-hint = Optional: lower-case words joined by hyphens, e.g. great-wave. Made from the title when left empty.
slug-fixed = A work's address never changes.
field-maker-names = Makers
makers-hint = One name a line, in order. Roles, dates and names in the original script sent through the API or an import are kept.
choose-object-type = Choose an object type
object-type-required = Choose the kind of object.
no-country = Not given
period-hint = A period or dynasty, e.g. Edo period.
date-text-hint = As it should read, e.g. c. 1831.
field-year-begin = Earliest year
field-year-end = Latest year
year-invalid = Enter a whole year, such as 1831 or -206.
materials-hint = Separated by semicolons, e.g. ink, colour on silk; gold leaf (or by commas when no semicolon is used).
field-statement = Why a masterpiece, in English
field-statement-original = Why a masterpiece, in the original language
statement-hint = The museum's own account of why this work is a masterpiece. Needed to nominate it.
field-description = Description in English
field-description-original = Description in the original language
choose-rights = Choose a rights statement
rights-hint = How others may reuse the record and its image: a Creative Commons licence or a rightsstatements.org statement.
save-changes = Save changes
create-draft = Save as draft
back-to-dashboard = Back to the dashboard
unsaved-changes = You have unsaved changes.
work-saved = Your changes are saved.
work-created = The work is saved as a draft.
save-before-moving = Save your changes first: nominating or withdrawing acts on the saved work.
stale-title = Someone changed this work
stale-text = The work was changed (by a colleague, or by an import) after you opened it, so your changes were not saved. Reload it to see the current version; copy anything you typed that you want to keep first.
reload-work = Reload the work

## Import.

import-title = Import works
import-lead = Add or update many works at once from a CSV, JSON or NDJSON file. Each record is matched by its inventory number: new numbers become drafts, known ones update their work.
import-step1 = 1. Choose the file
import-step2 = 2. Check what would happen
import-step3 = 3. Import
field-file = File
file-hint = CSV with a header row, a JSON array of records, or NDJSON (one record a line); UTF-8.
file-chosen = Chosen: { $name } ({ $size })
file-required = Choose a file to import.
field-format = Format
format-from-name = From the file name
format-unknown = The format cannot be told from the file name: choose it.
field-mapping = Column names
mapping-hint = Only if your columns are named differently: field:column pairs separated by commas, e.g. inventory_number:accession_number,makers:artist.
mapping-not-pair = “{ $pair }” is not written field:column.
mapping-unknown-field = “{ $field }” is not a field of a work.
mapping-empty-column = “{ $field }” needs a column name after the colon.
ignore-unknown = Skip columns that are not fields of a work
ignore-unknown-hint = Otherwise a record with such a column fails, so that a misspelt column is not lost unnoticed.
dry-run-button = Check the file (dry run)
checking = Checking…
dry-run-note = A dry run reads every record and changes nothing.
dry-run-outdated = The file or the options changed since this check: check the file again before importing it.
some-will-fail = { $n } records have problems and will not be imported. Correct them in the file and check again, or import the others now.
file-unreadable = The file could not be read to the end; only the records before the fault would be imported.
real-import-note = Importing creates and updates the works counted above. New works are drafts.
import-for-real = Import for real
importing = Importing…
import-done = Import finished
import-stopped-title = The file could not be read to the end
rows-read = Records read
would-create = Would be created
would-update = Would be updated
created = Created
updated = Updated
unchanged = Unchanged
failed = Failed
no-failed-rows = Every record can be imported.
failed-rows-caption = Records with problems, one line a problem
col-row = Record
col-line = Line
col-field = Field
col-code = Problem
col-message = What to correct
load-more-rows = Show more records
past-imports = Past imports
no-imports-title = No imports yet
no-imports-text = Imports and dry runs are listed here once you make them.
col-when = When
col-kind = Kind
dry-run = Dry run
real-import = Import
show-problems = Show problems
problems-of-import = Problems of import { $id }

## API clients.

clients-title = API clients
clients-lead = An API client lets your collection management system keep your museum's records current through the partner API, without a person's password. Give each system its own.
new-client-title = Create a client
field-client-name = Name
client-name-hint = To recognise it by, e.g. Collection system.
client-name-required = Give the client a name.
create-client = Create client
client-created = “{ $name }” is created
secret-once-title = Copy the secret now: it is shown only this once
secret-once-text = Store it where your collection system keeps its passwords. Anyone holding it can change your museum's works. If it is lost or leaked, revoke this client and create another.
client-id = Client id
client-secret = Client secret
copy-hint = Select the secret and copy it, or use the button.
copy-secret = Copy
copied = Copied to the clipboard.
copy-failed = Copying did not work here: select the secret and copy it yourself.
token-how-to = Your system exchanges the client id and secret for an access token at POST /api/v1/oauth/token (OAuth 2.0 client credentials); see the API reference.
clients-list-title = Your museum's clients
no-clients-title = No API clients yet
no-clients-text = Create one when your collection system is ready to use the partner API.
col-created = Created
col-last-used = Last used
never-used = Never
active = Active
revoked = Revoked
revoke = Revoke
revoke-named = Revoke “{ $name }”
revoke-question = Revoke “{ $name }”? It stops working at once.
revoke-confirm = Yes, revoke
client-revoked = “{ $name }” is revoked: its tokens no longer work.
withdraw-reason-required = Choose why the work is withdrawn.
withdraw-reason = Reason
choose-withdraw-reason = Choose a reason
withdraw-note = Note
withdraw-note-hint = Shown with the reason to visitors who follow an old link. Required for “Another reason”.
withdrawn-by-museum-on = Withdrawn by the museum on { $date }: { $reason }
withdrawn-by-secretariat-on = Withdrawn by the secretariat on { $date }: { $reason }
decision-published = The secretariat published this work
decision-changes-requested = The secretariat asks for changes
decision-rejected = The secretariat did not accept this work
decision-changes-next = Make the changes asked for, save, and nominate the work again.
decision-rejected-next = The work stays in your museum's list but cannot be nominated again.
secretariat-comment = The secretariat's comment
nominated-on = Last nominated
first-published-on = First published
notifications-title = News from the secretariat
no-notifications-title = No news yet
no-notifications-text = When the secretariat publishes a work, asks for changes or withdraws one, it appears here and is emailed to your museum's editors.
notice-published = Published
notice-changes-requested = Changes requested
notice-rejected = Not accepted
notice-withdrawn = Withdrawn by the secretariat
withdrawn-work-title = This work has been withdrawn
withdrawn-work-text = It was part of the collection and is no longer shown. Its museum or the network's secretariat gave this reason.
withdrawn-on = Withdrawn on
withdrawn-by-label = Withdrawn by
withdrawn-by-museum = Its museum
withdrawn-by-secretariat = The network's secretariat
nav-admin = Secretariat console
admin-title = Secretariat console
admin-eyebrow = Secretariat
admins-only-title = For the secretariat only
admins-only-text = The console is where the network's secretariat reviews works, answers membership applications and manages accounts. Your account is not an administrator's.
sign-in-first-admin-text = This page is for the network's secretariat. Sign in to continue.
admin-nav-label = Secretariat console
admin-nav-dashboard = Dashboard
admin-nav-reviews = Review queue
admin-nav-applications = Applications
admin-nav-featured = Masterpiece of the day
admin-nav-users = Users
admin-nav-audit = Audit log
admin-nav-emails = Emails
admin-open = Open
admin-waiting = Waiting for the secretariat
works-in-review = Works in review
applications-waiting = Applications to answer
applications-with-applicant = Applications waiting for their applicant
oldest-in-review = The oldest nomination in the queue dates from
members-by-country = Members and published works by country
no-members-title = No member museums yet
no-members-text = Approved applications add museums here.
col-members = Member museums
col-published = Published works
recent-activity = Recent activity
whole-audit-log = The whole audit log
no-activity-title = Nothing has happened yet
no-activity-text = Changes to works, accounts and applications are listed here as they happen.
activity-line = { $actor }: { $action } on { $entity } “{ $key }”
review-queue-lead = The works museums nominated, oldest first. Each check must pass before a work can be published.
review-decided = “{ $title }” is now: { $status }.
queue-empty-title = Nothing to review
queue-empty-text = No work is waiting for review. Museums' nominations appear here.
check-passed = passed
check-failed = failed
queue-total = { $n } in review
col-nominated = Nominated
col-checks = Checks
review-work-title = Review a work
review-not-found-text = No work of any museum has this address.
back-to-queue = Back to the review queue
work-withdrawn-by-secretariat = The work is withdrawn from the collection. Its museum's editors are told why.
review-stale-title = The museum changed this work meanwhile
review-stale-text = Nothing was decided. Read the work again and review what changed.
review-decide-title = Decision
review-comment-label = Comment for the museum
review-comment-hint = Required to request changes or to reject; optional when publishing. The museum's editors see it and get it by email.
publish = Publish
request-changes = Request changes
reject-work = Reject
publish-blocked = This work cannot be published now: its museum's quota is used up. Request changes, or wait until the museum withdraws a work.
review-actions-hint = Requesting changes sends the work back to its museum; rejecting closes it for good.
admin-withdraw-hint = Takes the work out of the public collection. Visitors who follow an old link see the reason.
review-record = The record
no-statement = No masterpiece statement yet.
version-n = version { $n }
review-quota-title = The museum's quota is used up
review-checks-fail-title = A check fails
apply-to-join = Apply to join
join-question = Is your museum in an ASEM country and not yet a member?
apply-title = Apply to join the network
apply-lead = Museums in the member states of the Asia-Europe Meeting (ASEM) may join the Asia-Europe Museum Network and contribute masterpieces to the collection. Tell us about your museum and send the signed application form.
apply-museum-name = Museum's name in English
apply-museum-name-local = Museum's name in its own language
apply-museum-name-local-hint = In its own script, if it differs from the English name.
apply-museum-name-local-lang = Language of that name
apply-country-hint = Only museums in ASEM member states may join.
apply-country-required = Choose the museum's country.
choose-country = Choose a country
apply-city = City
apply-website = Website
apply-website-hint = Its address, starting with https://
apply-founding-year = Year founded
apply-kind = Kind of museum
choose-museum-kind = Choose a kind
apply-kind-required = Choose the kind of museum.
apply-collections = Asian or European collections
apply-collections-hint = A few paragraphs about the collections the museum would share with the network.
apply-group-museum = The museum
apply-group-contact = The contact person
apply-contact-hint = Once the application is approved, this person is invited as the museum's first editor.
apply-contact-name = Name
apply-contact-title = Title or position
apply-contact-email = Email address
apply-group-commitment = Commitment and signed form
apply-icom = The museum acknowledges the ICOM Code of Ethics for Museums
apply-icom-link = Read the ICOM Code of Ethics for Museums (opens in a new tab)
apply-document = Signed application form (PDF)
apply-document-hint = The application form signed by the museum's director, as a PDF of at most { $max }.
apply-document-required = Choose the signed application form (a PDF file).
apply-document-not-pdf = The signed application form must be a PDF file.
apply-document-too-large = The file is too large: at most { $max }.
apply-honeypot = Leave this empty
apply-submit = Send the application
apply-form-data-failed = The form could not be prepared for sending. Reload the page and try again.
apply-conflict-title = This museum cannot apply now
apply-too-many = Too many applications were sent from here. Wait { $minutes } minutes and try again.
apply-done-title = Your application is in
apply-reference = Reference:
apply-done-text = The secretariat will read it and write to { $email }. Follow its progress, and answer the secretariat's questions, through your private link.
apply-follow = Follow your application
apply-keep-link = Keep this private link; it is also emailed to you:
application-status-title = Membership application
application-not-found-title = Application not found
application-not-found-text = This link does not lead to an application. Check that it was copied whole from the email.
admin-application-not-found-text = No application has this number.
application-where-it-stands = Status:
application-submitted-text = The secretariat has your application and will read it soon.
application-info-requested-text = The secretariat needs more information: read its message below and answer it.
application-approved-text = Welcome to the network! Your contact person has been invited to sign in as the museum's editor.
application-rejected-text = The secretariat did not accept the application. Its reasons are below.
application-submitted-on = Submitted
see-museum-page = See { $museum }'s page
conversation = Messages
no-messages = No messages yet.
application-closed-note = The application is decided; answers can no longer be sent here.
answer-sent = Your answer is sent to the secretariat.
your-answer = Your answer to the secretariat
your-answer-hint = The secretariat reads it with your application.
send-answer = Send the answer
applications-lead = Museums that applied to join, oldest first.
no-applications-title = No applications here
no-applications-text = No application has this status. Choose another above.
load-more = Load more
application-title = Membership application
download-failed = The file could not be saved.
yes = Yes
no = No
back-to-applications = Back to the applications
application-now-is = The application is now: { $status }.
application-fields = What the museum sent
downloading = Downloading…
download-pdf = Download the signed form (PDF)
message-to-applicant = Message to the applicant
message-to-applicant-hint = Required to request information or to reject; optional when approving. The applicant gets it by email and on their status page.
reopen-message-hint = Optional: why the application is reopened.
request-info = Request information
approve = Approve
reject-application = Reject
reopen = Reopen
approve-hint = Approving makes the museum a member and invites its contact person as its first editor.
featured-lead = Each day has one masterpiece of the day, chosen fairly in turn among the museums. Pin a work to a day for an anniversary or an exhibition opening.
pinned-day = “{ $title }” is the masterpiece of { $date }.
unpinned-day = { $date } is given back to the rotation.
featured-schedule = The schedule
no-featured-title = No days chosen yet
no-featured-text = Once works are published, each day's masterpiece appears here.
col-day = Day
col-work = Work
col-chosen-by = Chosen by
col-note = Note
unpin-named = Unpin { $date }
unpin = Unpin
today = Today
pinned = Pinned by the secretariat
rotation = The rotation
pin-date-required = Choose the day.
pin-date-past = Choose today or a later day.
pin-work-required = Give the address name (slug) of a published work, or find one below.
pin-title = Pin a work to a day
pin-date-hint = Today or later; days are counted in UTC.
pin-work = Work (its address name)
pin-work-hint = The last part of the work's address, e.g. great-wave for /artworks/great-wave. The work must be published.
pin-find = Find a work by its title
pin-find-hint = Type at least two letters, then choose a work to fill in its address name.
pin-find-results = Works found
pin-note-hint = Why this day, for the secretariat's own record.
pin-submit = Pin
users-lead = The accounts of the secretariat and of the museums' editors.
users-list-title = Accounts
no-users-title = No accounts
no-users-text = Invite the first editor of a museum above.
choose-museum = Choose a museum
name-required = Give the person's name.
editor-needs-museum = An editor works for a museum: choose it.
invite-title = Invite a person
invited = An invitation is on its way to { $email }.
editor-museum-hint = The museum whose works this editor prepares.
send-invitation = Send the invitation
user-disabled = Disabled
user-invited = Invited
change-role-named = Change the role of { $name }
change-role = Change role
enable-named = Enable { $name }
disable-named = Disable { $name }
enable-user = Enable
disable-user = Disable
audit-lead = Who changed what, and when, newest first. Filters have their own address, to share.
audit-actor = Who
audit-actor-hint = An account's email or a client's id.
audit-museum-hint = A museum's address name.
audit-entity = Kind of record
audit-entity-hint = e.g. artwork, user, application
audit-record-name = Record
audit-key-hint = e.g. a work's address name
audit-action = Action
audit-action-hint = e.g. artwork.publish
audit-since = Since
audit-since-hint = A moment, e.g. 2025-03-01T00:00:00Z
no-audit-title = Nothing recorded
no-audit-text = No entry matches these filters.
audit-record = Record
audit-change = Change
audit-show-change = Before and after
audit-before = Before
audit-after = After
emails-lead = The emails the platform wrote, newest first, and whether they went out.
no-emails-title = No emails yet
no-emails-text = Invitations, password resets and notices to museums appear here.
email-sent = Sent
email-failed = Not delivered
email-pending = Waiting to be sent
email-to = To
email-body = Show the message
publish-checks-fail = Some checks fail (marked ✗ above). Publish only if the record is right for the collection; otherwise request changes and say what is missing.
admin-nav-museums = Museums
admin-nav-settings = Network settings
admin-museums-lead = Every museum of the network, with its membership and how much of its quota its works use. Open one to change its membership, its quota or its profile.
filter-by-membership = Show museums by membership
no-museums-in-status-title = No museums here
no-museums-in-status-text = No museum has this membership status.
col-quota = Quota
places-used = { $used } of { $quota } used
admin-museum-title = Museum
admin-museum-not-found-text = No museum of the network has this address.
back-to-museums = Back to the museums
works-by-status = Works by status
admin-quota-note = Works published or in review count against the quota. A quota lower than that withdraws nothing: it stops further nominations until the count is under it.
museum-stale-title = Someone changed this museum meanwhile
museum-stale-text = It was changed (by its editors, or by another member of the secretariat) after you opened this page, so nothing was saved. Reload it to see the current version; copy anything you typed that you want to keep first.
reload-museum = Reload the museum
membership-status-label = Membership status
quota-label = Quota
quota-hint = How many of its works may be published or in review at once.
quota-invalid = Enter a whole number from 0 to { $max }.
membership-reason = Reason
reason-required-hint = Required to suspend or end a membership: the museum's editors get it by email.
reason-optional-hint = Optional. When a membership is restored, the museum's editors get it by email.
save-membership = Save the membership
membership-saved = Saved: { $status }, with a quota of { $quota }.
membership-emailed = The museum's editors are told by email.
suspension-title = What suspension does
suspension-text = While a museum is suspended, or no longer a member, none of its works can be nominated or published, and it is left out of the masterpiece of the day. Its published works stay published and its editors keep their accounts. Restoring the membership lifts this at once.
museum-profile = Profile
profile-saved = The museum's profile is saved.
save-profile = Save the profile
field-latitude = Latitude
field-longitude = Longitude
latitude-hint = In decimal degrees, from -90 to 90, e.g. 37.5240.
longitude-hint = In decimal degrees, from -180 to 180, e.g. 126.9803.
coordinate-invalid = Enter a number in decimal degrees, such as 37.524.
museum-description = Description in English
museum-description-hint = A few sentences about the museum, shown on its public page.
group-museum-name = Name
group-museum-place = Place and website
group-museum-about = About the museum
settings-lead = How the network runs: the quota new members get, the countries whose museums may join, and the terms search treats as the same.
default-quota-title = Default quota
default-quota-label = Quota for new members
default-quota-hint = Given to a museum when its application is approved. Members keep their own quota: change it on the museum's page.
default-quota-saved = Saved: museums approved from now on get a quota of { $n }.
save-default-quota = Save the default quota
countries-title = Countries
countries-lead = Only museums in ASEM member states may apply. A change saves as soon as you tick or untick a box; museums and works of a country that stops being a member stay as they are.
country-code = Code
country-region = Region
col-works-from = Works from it
asem-member-of = { $country } is an ASEM member state
country-now-member = { $country } is now marked as an ASEM member state.
country-no-longer-member = { $country } is no longer marked as an ASEM member state.
country-added = { $country } ({ $code }) is added to the list.
country-changed = { $country } ({ $code }) is changed.
add-country-title = Add a country
add-country-hint = To rename a listed country or move it to another region, give its code: the country with that code is changed.
country-code-hint = Its two-letter ISO 3166-1 code, e.g. KR.
country-code-invalid = Enter two letters, such as KR.
country-name-hint = Its English short name, e.g. Republic of Korea.
asem-member-hint = Museums may apply only from ASEM member states.
save-country = Save the country
terms-title = Equivalent search terms
terms-lead = Groups of names and words search treats as the same, across scripts and spellings: a search for one finds works that name any of them.
terms-reindex-hint = Changes reach search once its index has been rebuilt, which happens in the background shortly after each change.
terms-filter-label = Find a group by a term or its note
terms-shown-all = Showing { $shown } of { $total } groups
terms-shown-matching = { $total } groups match; showing { $shown }
no-terms-title = No group matches
no-terms-text = No group holds a term or note like this. Add one above.
show-more-groups = Show { $n } more
terms-label = Terms
terms-hint = One term a line, at least two, in any script, e.g. Hokusai and 葛飾北斎. A term may belong to one group only.
terms-note = Note
terms-note-hint = What the group is, for the secretariat, e.g. Japanese printmaker.
add-terms-title = Add a group of terms
add-terms-button = Add the group
terms-added = The group is added: { $terms }.
terms-saved = The group is saved: { $terms }.
terms-deleted = The group is deleted: { $terms }.
edit-terms = Edit
edit-terms-named = Edit the group { $terms }
delete-terms = Delete
delete-terms-named = Delete the group { $terms }
delete-terms-question = Delete the group { $terms }? Search will stop treating these terms as the same.
delete-terms-confirm = Yes, delete

## Images on a work's page and the deep-zoom viewer.

images-of-work = Images of this work
image-n-of-m = Image { $n } of { $total }
image-rights-label = Image rights
manifest-link = IIIF manifest
manifest-hint = Opens this work's images in any IIIF viewer, such as Mirador or Universal Viewer: give the viewer this link.
zoom-open = Zoom
zoom-dialog-label = Zoomable image: { $title }
zoom-role-description = zoomable image
zoom-hint = Drag to move · scroll or pinch to zoom
zoom-instructions = Drag, or use the arrow keys, to move around the image. Scroll, pinch, or press plus and minus to zoom in and out; double-click to zoom in. Press 0 to see the whole image again, and Escape to close.
zoom-level = Zoom { $percent }%
zoom-in = Zoom in
zoom-out = Zoom out
zoom-reset = Reset view
zoom-fullscreen = Full screen
zoom-close = Close
zoom-loading = Loading the zoomable image…
zoom-failed = The zoomable image could not be loaded.
zoom-failed-hint = The image is still shown on the work's page. Try again, or close the viewer.

## A work's images, on its partner page.

images-title = Images
images-lead = The primary image shows the work in lists and on its page; the others follow in this order. Visitors see an image once it is ready.
images-count = { $n } of { $max } images
no-images-title = No images yet
no-images-text = Add the first image of this work below: a work with an image is far more likely to be looked at.
image-label = Image { $n }
image-primary = Primary
image-state-fetching = Fetching from link…
image-state-processing = Processing…
image-state-ready = Ready
image-state-failed = Failed: { $error }
image-failed-unknown = the image could not be read
image-pixels = { $width } × { $height } pixels
image-file = Original
image-source-url = Fetched from
rights-from-work = (the work's)
image-edit = Edit description
image-edit-named = Edit description of image { $n }
image-make-primary = Make primary
image-make-primary-named = Make primary: image { $n }
image-move-up = Move up
image-move-up-named = Move up: image { $n }
image-move-down = Move down
image-move-down-named = Move down: image { $n }
image-delete = Delete
image-delete-named = Delete image { $n }
image-delete-question = Delete image { $n }? This cannot be undone.
image-delete-confirm = Yes, delete
image-deleted = The image was deleted.
image-saved = The description of image { $n } was saved.
image-made-primary = Image { $n } is now the primary image.
image-moved = The image is now image { $n }.
save-image = Save description
add-image-title = Add an image
image-source-legend = Where the image comes from
image-source-file = Upload a file
image-source-link = Give a link
field-image-file = Image file
image-file-hint = A JPEG, PNG, WebP or TIFF file, as large as you have it: visitors can zoom into every detail.
field-image-url = Link to the image
image-url-hint = An http or https address of a JPEG, PNG, WebP or TIFF file on your museum's server; the image is fetched from it once.
field-alt = Alt text
alt-hint = Say what the image shows for people who cannot see it, in a sentence or two: which view of the work (front, back, a detail) and what matters in it, such as colours, figures or an inscription. No need to begin with “Image of” or to repeat the title.
field-image-caption = Caption
caption-hint = Shown under the image, e.g. “Detail of the signature”.
field-image-credit = Photo credit
image-credit-hint = Who made the photograph, e.g. “Photo © National Museum of Korea”.
field-image-rights = Image rights
image-rights-hint = The rights statement of the photograph, when it differs from the work's record.
rights-same-as-work = Same as the work ({ $rights })
field-image-position = Position
image-primary-check = Make it the primary image
image-primary-hint = The primary image shows the work in lists. A work's first image is its primary image anyway.
add-image-button = Add the image
uploading = Uploading…
image-file-required = Choose the image file.
image-file-type = Choose a JPEG, PNG, WebP or TIFF image.
image-url-required = Give the link to the image.
image-url-invalid = Give an address beginning with http:// or https://.
image-too-large = This file is too large for the server.
image-unsupported = The server cannot read this kind of file: choose a JPEG, PNG, WebP or TIFF image.
image-limit-title = This work has as many images as it may have
image-limit-text = A work may have at most { $max } images. Delete one to add another.
image-uploaded = The image was uploaded. It is being processed and appears here when it is ready.
image-linked = The image was added. The server is fetching it from the link; it appears here when it is ready.

## Closed lists: work-status

work-status-draft = Draft
work-status-in-review = In review
work-status-changes-requested = Changes requested
work-status-published = Published
work-status-rejected = Not accepted
work-status-withdrawn = Withdrawn

## Closed lists: withdrawal-reason

withdrawal-reason-end-of-loan = End of a loan
withdrawal-reason-restitution = Restitution
withdrawal-reason-deaccession = Deaccession
withdrawal-reason-error = Published by mistake
withdrawal-reason-other = Another reason

## Closed lists: review-check

review-check-english-fields = Required fields in English
review-check-statement = Masterpiece statement
review-check-image = Image with a text alternative
review-check-quota = Within the museum's quota

## Closed lists: museum-kind

museum-kind-art = Art museum
museum-kind-history = History museum
museum-kind-ethnography = Ethnography museum
museum-kind-archaeology = Archaeology museum
museum-kind-decorative-arts = Decorative arts museum
museum-kind-university = University museum
museum-kind-general = General museum
museum-kind-other = Another kind of museum

## Closed lists: application-status

application-status-submitted = Waiting for the secretariat
application-status-info-requested = Information requested
application-status-approved = Approved
application-status-rejected = Not accepted

## Closed lists: message-author

message-author-applicant = The applicant
message-author-secretariat = The secretariat

## Closed lists: role

role-admin = Secretariat (administrator)
role-editor = Museum editor

## Closed lists: import-status

import-status-queued = Waiting
import-status-running = Running
import-status-done = Done
import-status-failed = Stopped

## Closed lists: field-problem

field-problem-required = This is required.
field-problem-too-long = This is too long.
field-problem-invalid = This is not in the expected form.
field-problem-unknown-value = This is not one of the allowed values.
field-problem-out-of-range = This is out of range.
field-problem-duplicate = This is already taken.
field-problem-unknown-field = This is not a field of a work.

## Closed lists: facet

facet-country = Country of origin
facet-museum = Museum
facet-museum-country = Museum's country
facet-region = Region of origin
facet-object-type = Object type
facet-material = Material
facet-period = Period
facet-has-image = Image
facet-reusable = Reuse
with-an-image = With an image
without-an-image = Without an image
free-to-reuse = Free to reuse
reuse-restricted = Reuse restricted

## Closed lists: sort

sort-relevance = Best match
sort-oldest = Oldest first
sort-newest = Newest first
sort-title = Title, A to Z
sort-recent = Recently added

## Closed lists: suggestion-kind

suggestion-kind-title = Work
suggestion-kind-maker = Maker
suggestion-kind-museum = Museum
suggestion-kind-period = Period

## Closed lists: cultural-region

cultural-region-east-asia = East Asia
cultural-region-south-asia = South Asia
cultural-region-southeast-asia = Southeast Asia
cultural-region-central-asia = Central Asia
cultural-region-west-asia = West Asia
cultural-region-europe = Europe
cultural-region-oceania = Oceania

## Closed lists: region

region-asia = Asia
region-europe = Europe
region-oceania = Oceania

## Closed lists: maker-role

maker-role-artist = artist
maker-role-workshop = workshop
maker-role-school = school
maker-role-calligrapher = calligrapher
maker-role-potter = potter
maker-role-maker = maker
maker-role-attributed-to = attributed to

## Closed lists: membership

membership-applicant = Applicant
membership-active = Active member
membership-suspended = Membership suspended
membership-former = Former member

## Closed lists: membership-plural

membership-plural-applicant = Applicants
membership-plural-active = Active
membership-plural-suspended = Suspended
membership-plural-former = Former members

## Closed lists: object-type

object-type-painting = Painting
object-type-calligraphy = Calligraphy
object-type-sculpture = Sculpture
object-type-ceramics = Ceramics
object-type-metalwork = Metalwork
object-type-textile = Textile
object-type-lacquer = Lacquer
object-type-print = Print
object-type-manuscript = Manuscript
object-type-jewellery = Jewellery
object-type-arms-and-armour = Arms and armour
object-type-furniture = Furniture
object-type-photograph = Photograph
object-type-other = Other

## Counts, with their plural forms

count-works =
    { $n ->
        [one] { $n } work
       *[other] { $n } works
    }
count-museums =
    { $n ->
        [one] { $n } museum
       *[other] { $n } museums
    }
count-works-shown =
    { $n ->
        [one] Showing { $n } work
       *[other] Showing { $n } works
    }
count-results =
    { $n ->
        [one] { $n } work found
       *[other] { $n } works found
    }
count-suggestions =
    { $n ->
        [one] { $n } suggestion.
       *[other] { $n } suggestions.
    }
count-more-values =
    { $n ->
        [one] Show { $n } more
       *[other] Show { $n } more
    }
count-undated =
    { $n ->
        [one] { $n } matching work has no date or region, so it is not on the timeline.
       *[other] { $n } matching works have no date or region, so they are not on the timeline.
    }
count-problems =
    { $n ->
        [one] There is { $n } problem to correct
       *[other] There are { $n } problems to correct
    }

## Language names, by BCP 47 tag

language-zh-Hant = Chinese (traditional)
language-zh-Hans = Chinese (simplified)
language-ja = Japanese
language-ko = Korean
language-zh = Chinese
language-th = Thai
language-vi = Vietnamese
language-id = Indonesian
language-ms = Malay
language-km = Khmer
language-lo = Lao
language-my = Burmese
language-fil = Filipino
language-tl = Filipino
language-hi = Hindi
language-bn = Bengali
language-ur = Urdu
language-mn = Mongolian
language-kk = Kazakh
language-ru = Russian
language-en = English
language-fr = French
language-de = German
language-nl = Dutch
language-it = Italian
language-es = Spanish
language-pt = Portuguese
language-pl = Polish
language-cs = Czech
language-el = Greek
language-hu = Hungarian
language-sv = Swedish
language-da = Danish
language-fi = Finnish
language-no = Norwegian
language-nb = Norwegian

## Country names, by ISO 3166-1 code (the ASEM member states the list is seeded with)

country-au = Australia
country-at = Austria
country-be = Belgium
country-bn = Brunei Darussalam
country-bg = Bulgaria
country-kh = Cambodia
country-cn = China
country-cy = Cyprus
country-cz = Czech Republic
country-dk = Denmark
country-ee = Estonia
country-fi = Finland
country-fr = France
country-de = Germany
country-gr = Greece
country-hu = Hungary
country-in = India
country-id = Indonesia
country-ie = Ireland
country-it = Italy
country-jp = Japan
country-kr = Republic of Korea
country-la = Lao PDR
country-lv = Latvia
country-lt = Lithuania
country-lu = Luxembourg
country-my = Malaysia
country-mt = Malta
country-mn = Mongolia
country-mm = Myanmar
country-nl = Netherlands
country-nz = New Zealand
country-pk = Pakistan
country-ph = Philippines
country-pl = Poland
country-pt = Portugal
country-ro = Romania
country-ru = Russian Federation
country-sg = Singapore
country-sk = Slovakia
country-si = Slovenia
country-es = Spain
country-se = Sweden
country-th = Thailand
country-gb = United Kingdom
country-vn = Viet Nam
