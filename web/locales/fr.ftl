# L’interface de la Collection virtuelle des chefs-d’œuvre d’Asie, en français,
# traduite de la référence anglaise (en.ftl).
#
# Syntaxe Fluent (https://projectfluent.org/fluent/guide/). Un paramètre
# s’écrit { $name } ; une traduction garde les mêmes paramètres. Les formes du
# pluriel suivent les règles CLDR de la langue : { $n -> [one] … *[other] … }.


## Le cadre de chaque page.

site-name = Collection virtuelle des chefs-d’œuvre d’Asie
site-short-name = VCM
network-name = Réseau des musées Asie-Europe
needs-javascript = La Collection virtuelle des chefs-d’œuvre d’Asie a besoin de JavaScript pour fonctionner.
skip-to-content = Aller au contenu principal
nav-label = Menu principal
nav-collection = Collection
nav-museums = Musées
nav-search = Rechercher
nav-timeline = Frise chronologique
language-menu = Langue
footer-about = La Collection virtuelle des chefs-d’œuvre d’Asie réunit des œuvres choisies par les musées membres du Réseau des musées Asie-Europe, chacune accompagnée du texte par lequel son musée explique en quoi elle est un chef-d’œuvre.
footer-network = Un projet du Réseau des musées Asie-Europe (ASEMUS).
footer-rights = Chaque notice précise ses propres conditions de réutilisation.
footer-api = API pour les partenaires

## États.

loading = Chargement…
error-title = Une erreur s’est produite
error-network = Impossible d’accéder à la collection. Vérifiez votre connexion, puis réessayez.
error-unreadable = La réponse du serveur est illisible.
error-invalid-title = Cette requête n’est pas valide
try-again = Réessayer
not-found-title = Page introuvable
not-found-text = Il n’y a rien à cette adresse. Le lien est peut-être mal saisi, ou la page a été déplacée.
work-not-found-title = Œuvre introuvable
work-not-found-text = Aucune œuvre publiée ne correspond à cette adresse. Son musée l’a peut-être retirée.
museum-not-found-title = Musée introuvable
museum-not-found-text = Aucun musée membre ne correspond à cette adresse.
country-not-found-title = Pays introuvable
country-not-found-text = Aucun pays du réseau ne porte ce code.
back-home = Retour à l’accueil
browse-collection = Parcourir la collection

## Accueil.

home-heading = Chefs-d’œuvre des musées d’Asie et d’Europe
home-lead = Des œuvres choisies par les musées membres du Réseau des musées Asie-Europe, chacune accompagnée du texte par lequel son musée explique en quoi elle est un chef-d’œuvre.
masterpiece-of-the-day = Le chef-d’œuvre du jour
discover-this-work = Découvrir cette œuvre
featured = Chefs-d’œuvre à la une
featured-empty = Aucune œuvre n’a encore été publiée.
explore-by-country = Explorer par pays
explore-by-museum = Explorer par musée
explore-by-type = Explorer par type d’objet
all-museums = Tous les musées
view-whole-collection = Voir toute la collection
explore-timeline = Explorer la collection à travers le temps

## Collection.

collection-title = La collection
collection-lead = Filtrez les chefs-d’œuvre par musée, pays d’origine, type d’objet et date. Chaque affichage a sa propre adresse : vous pouvez le partager.
filters = Filtres
filter-museum = Musée
filter-country = Pays d’origine
filter-type = Type d’objet
filter-year-from = À partir de l’année
filter-year-to = Jusqu’à l’année
year-hint = Les années avant notre ère sont négatives : −500 correspond à 500 av. J.-C.
any-museum = Tous les musées
any-country = Tous les pays
any-type = Tous les types d’objets
apply-filters = Appliquer
clear-filters = Effacer tous les filtres
load-more-works = Afficher plus d’œuvres
loading-more = Chargement…
end-of-results = Vous êtes arrivé à la fin de la liste.
no-works-title = Aucune œuvre ne correspond à ces filtres
no-works-text = Essayez de retirer un filtre ou d’élargir la période.

## Œuvres.

no-image = Pas d’image
no-image-of-work = Aucune image de cette œuvre n’est encore disponible
original-title = Titre original
why-masterpiece = Pourquoi un chef-d’œuvre
description = Description
in-english = En anglais
in-original-language = En langue originale
about-this-work = À propos de cette œuvre
field-museum = Musée
field-makers = Auteur(s)
field-object-type = Type d’objet
field-origin = Pays d’origine
field-culture = Culture
field-period = Période
field-date = Date
field-years = Fourchette de dates
field-materials = Matériaux
field-technique = Technique
field-dimensions = Dimensions
field-inventory = Numéro d’inventaire
field-credit = Mention de crédit
field-rights = Droits
more-from-museum = Autres œuvres : { $museum }
held-by = Conservée par

## Musées.

museums-title = Musées membres
museums-lead = Les musées du réseau qui confient des chefs-d’œuvre à la collection.
filter-museum-country = Pays
no-museums-title = Aucun musée pour le moment
no-museums-text = Aucun musée membre n’est encore situé dans ce pays.
load-more-museums = Afficher plus de musées
member-since = Membre depuis { $year }
visit-website = Visiter le site du musée
field-location = Localisation
field-membership = Adhésion
museum-works = Chefs-d’œuvre dans la collection
browse-museum-works = Filtrer les œuvres de ce musée dans la collection
museum-no-works = Ce musée n’a encore publié aucune œuvre.

## Pays.

country-works = { $country } : œuvres
country-museums = { $country } : musées
country-no-works = Aucune œuvre publiée ne provient encore de ce pays.
country-no-museums = Aucun musée membre n’est encore situé dans ce pays.
asem-member = État membre de l’ASEM
browse-country-works = Filtrer les œuvres de ce pays dans la collection

## Champ de recherche.

search-label = Rechercher dans la collection
search-placeholder = Titres, auteurs, lieux, matériaux…
search-button = Rechercher
suggestions-label = Suggestions
suggestions-hint = Choisissez avec les flèches haut et bas, puis appuyez sur Entrée.
home-search-hint = Recherchez dans n’importe quelle langue ou écriture, par exemple

## Page de recherche.

search-title = Rechercher dans la collection
search-lead = Cherchez parmi tous les chefs-d’œuvre dans n’importe quelle langue ou écriture, puis affinez les résultats. Chaque recherche a sa propre adresse : vous pouvez la partager.
search-results-heading = Résultats
search-title-for = « { $q } » — Recherche
quoted = « { $q } »
results-for = pour « { $q } »
show-filters = Filtres
filters-active =
    { $n ->
        [one] { $n } actif
       *[other] { $n } actifs
    }
facets-heading = Affiner les résultats
show-fewer = Afficher moins
years-legend = Date
apply-years = Appliquer les dates
active-filters = Filtres actifs
remove-filter = Retirer le filtre { $filter }
clear-all = Tout effacer
chip-year-from = À partir de { $year }
chip-year-to = Jusqu’à { $year }
sort-label = Trier par
results-shown-of = Résultats affichés : { $shown } sur { $total }
no-results-title = Aucune œuvre trouvée
no-results-text = Rien dans la collection ne correspond encore à cette recherche.
try-heading = Quelques pistes
try-remove-filter = Retirer un filtre :
try-spelling = Vérifiez l’orthographe, ou utilisez moins de mots ou des termes plus généraux.
try-search-all = Rechercher « { $q } » sans filtres
try-scripts = Essayez une autre écriture ou une autre graphie d’un nom :
try-browse = Parcourir toutes les œuvres
remove-bad-parameter = Rechercher sans « { $param } »
view-on-timeline = Voir ces œuvres sur la frise chronologique

## Frise chronologique.

timeline-title = Frise chronologique
timeline-lead = La collection par siècle et par région d’origine. Choisissez une barre pour en voir les œuvres.
timeline-chart = Œuvres par siècle et par région d’origine
timeline-scroll = Le graphique, à faire défiler horizontalement
timeline-legend = Régions
timeline-bar = { $century }, { $region } : { $count }
timeline-table = Afficher les chiffres sous forme de tableau
timeline-gap = Aucune œuvre du { $from } au { $to }
timeline-century = Siècle
timeline-total = Total
timeline-empty-title = Rien à placer sur la frise
timeline-empty-text = Aucune œuvre datée ne correspond à cette recherche.
timeline-filtered = Œuvres affichées correspondant à :
timeline-as-list = Voir ces œuvres sous forme de liste
timeline-scale-note = Chaque œuvre est placée dans le siècle de sa date la plus ancienne possible.
# Les siècles : $n est le numéro du siècle (19 pour 1800–1899, 3 pour
# 300–201 av. J.-C.) ; $roman est le même en chiffres romains (XIX), pour les
# langues qui écrivent ainsi les siècles. Les formes courtes étiquettent l’axe de la frise.
century-ce =
    { $n ->
        [one] { $roman }ᵉʳ siècle
       *[other] { $roman }ᵉ siècle
    }
century-bce =
    { $n ->
        [one] { $roman }ᵉʳ siècle av. J.-C.
       *[other] { $roman }ᵉ siècle av. J.-C.
    }
century-short-ce =
    { $n ->
        [one] { $roman }ᵉʳ
       *[other] { $roman }ᵉ
    }
century-short-bce =
    { $n ->
        [one] { $roman }ᵉʳ av. J.-C.
       *[other] { $roman }ᵉ av. J.-C.
    }

## Œuvre.

related-works = Œuvres apparentées

## Connexion et déconnexion.

sign-in = Se connecter
signing-in = Connexion…
sign-out = Se déconnecter
signed-in-as = Connecté en tant que
nav-partner = Espace musée
sign-in-title = Connexion
sign-in-lead = Réservé aux éditeurs des musées membres et au secrétariat du réseau. Aucun compte n’est nécessaire pour explorer la collection.
sign-in-first-title = Veuillez vous connecter
sign-in-first-text = Cette page est réservée aux éditeurs des musées membres. Connectez-vous pour continuer.
already-signed-in = Vous êtes connecté en tant que { $name }.
login-invalid-title = L’adresse e-mail ou le mot de passe est incorrect
login-invalid-text = Vérifiez-les, puis réessayez. Si vous avez oublié votre mot de passe, vous pouvez en définir un nouveau.
too-many-title = Trop de tentatives
too-many-text = Pour protéger le compte, la connexion est momentanément suspendue. Patientez { $minutes } min avant de réessayer, ou définissez un nouveau mot de passe avec « Mot de passe oublié ? ».
forgot-password = Mot de passe oublié ?
back-to-sign-in = Retour à la connexion

## Formulaires.

required-mark = (obligatoire)
required-note = Les champs marqués (obligatoire) doivent être remplis.
problem-prefix = Problème :
cancel = Annuler
saving = Enregistrement…
sending = Envoi…
creating = Création…
field-email = Adresse e-mail
field-password = Mot de passe
field-name = Nom
field-role = Rôle
field-current-password = Mot de passe actuel
field-new-password = Nouveau mot de passe
field-repeat-password = Confirmer le nouveau mot de passe
email-required = Saisissez votre adresse e-mail.
email-invalid = Saisissez une adresse e-mail du type nom@musee.org.
password-required = Saisissez votre mot de passe.
password-hint = Au moins 12 caractères. Quelques mots sans rapport entre eux font un mot de passe solide et facile à retenir.
password-too-short = { $n } caractères minimum.
password-too-long = { $n } caractères maximum.
passwords-differ = Les deux nouveaux mots de passe ne sont pas identiques.
too-long-chars = { $n } caractères maximum.

## Compte.

account-title = Votre compte
account-who = Vos informations
change-password-title = Changer de mot de passe
change-password-button = Changer le mot de passe
current-password-wrong = Ce n’est pas votre mot de passe actuel.
password-changed = Votre mot de passe a été modifié. Vous restez connecté ici ; toutes vos autres sessions ont été fermées.
forgot-title = Mot de passe oublié ?
forgot-lead = Saisissez l’adresse e-mail de votre compte : nous vous enverrons un lien pour définir un nouveau mot de passe.
send-reset-link = Envoyer le lien
reset-sent = Si un compte utilise l’adresse { $email }, un e-mail contenant un lien pour définir un nouveau mot de passe vient d’être envoyé. Le lien est valable une heure. S’il n’arrive pas, vérifiez vos courriers indésirables.
set-password-title = Définir votre mot de passe
set-password-lead = Choisissez le mot de passe avec lequel vous vous connecterez.
set-password-button = Définir le mot de passe
password-set-title = Votre mot de passe est défini
password-set-text = Connectez-vous avec votre adresse e-mail et le nouveau mot de passe.
reset-token-invalid-title = Ce lien n’est plus valable
reset-token-invalid-text = Il a déjà été utilisé, ou il a expiré (un lien de réinitialisation est valable une heure, une invitation sept jours). Demandez un nouveau lien ci-dessous.

## Espace des partenaires.

partner-title = Espace musée
partner-nav-label = Espace musée
partner-nav-dashboard = Œuvres
partner-nav-new-work = Nouvelle œuvre
partner-nav-import = Importer
partner-nav-clients = Clients API
editors-only-text = L’espace musée est réservé aux éditeurs des musées membres : ils y préparent les œuvres de leur musée et les proposent pour la collection. Votre compte n’est rattaché à aucun musée.
admin-console-hint = Le secrétariat dispose de sa propre console :
your-museum = Votre musée
view-public-profile = Voir sa page publique
quota-used =
    { $used ->
        [one] { $used } place de chef-d’œuvre utilisée sur { $quota }
       *[other] { $used } places de chef-d’œuvre utilisées sur { $quota }
    }
quota-note = Les œuvres publiées ou en cours d’examen sont décomptées du quota du musée.
quota-full-note = Le quota est atteint : retirez une œuvre avant d’en proposer une autre.
partner-works = Les œuvres de votre musée
new-work = Ajouter une œuvre
import-works = Importer depuis un fichier
filter-by-status = Afficher les œuvres par statut
all-statuses = Toutes
no-partner-works-title = Aucune œuvre pour le moment
no-partner-works-text = Ajoutez la première œuvre de votre musée, ou importez-en plusieurs à la fois depuis un fichier.
no-works-in-status-title = Aucune œuvre avec ce statut
no-works-in-status-text = Choisissez un autre statut ci-dessus pour voir vos autres œuvres.
col-title = Titre
col-status = Statut
col-changed = Dernière modification
col-actions = Actions
nominate = Proposer
nominate-named = Proposer « { $title } »
nominate-hint = Proposer une œuvre la soumet à l’examen du secrétariat ; elle doit comporter un argumentaire « Pourquoi un chef-d’œuvre » en anglais.
withdraw = Retirer
withdraw-named = Retirer « { $title } »
withdraw-question = Retirer « { $title } » ?
withdraw-published-question = Retirer « { $title } » ? L’œuvre quittera la collection publique.
withdraw-confirm = Oui, retirer
view-public = La voir dans la collection
work-nominated = L’œuvre « { $title } » est proposée et attend l’examen du secrétariat.
work-withdrawn = L’œuvre « { $title } » est retirée.
quota-exceeded-title = Le quota du musée est atteint
quota-exceeded-text = L’œuvre « { $title } » n’a pas été proposée : votre musée a déjà autant d’œuvres publiées ou en cours d’examen que son quota le permet. Retirez-en d’abord une.
invalid-transition-title = Cette modification est impossible pour le moment
invalid-transition-text = Cette modification est impossible pour l’œuvre « { $title } » dans son statut actuel ; quelqu’un l’a peut-être modifiée entre-temps. La liste a été mise à jour.
not-ready-title = Cette œuvre n’est pas prête à être proposée
not-ready-text = L’œuvre « { $title } » doit être complétée avant de pouvoir être proposée :
edit-this-work = Modifier l’œuvre

## Le formulaire d’une œuvre.

new-work-title = Ajouter une œuvre
new-work-lead = L’œuvre est enregistrée comme brouillon. Personne en dehors de votre musée ne la voit tant que vous ne l’avez pas proposée et que le secrétariat ne l’a pas publiée.
edit-work-title = Modifier « { $title } »
edit-work-eyebrow = Modifier une œuvre
partner-work-not-found-text = Votre musée n’a aucune œuvre à cette adresse.
group-identity = Titre et identification
group-making = Auteurs et origine
group-date = Date
group-material = Matériaux et dimensions
group-rights = Droits et mention de crédit
field-title = Titre en anglais
field-title-original = Titre en langue originale
field-original-language = Langue originale
original-language-hint = Une étiquette de langue comme ja, ko, th ou zh-Hant ; obligatoire si un texte en langue originale est fourni.
inventory-hint = Le numéro attribué par votre musée ; les imports retrouvent l’œuvre grâce à lui.
field-slug = Adresse
slug-hint = Facultatif : des mots en minuscules reliés par des traits d’union, p. ex. great-wave. Formée à partir du titre si le champ reste vide.
slug-fixed = L’adresse d’une œuvre ne change jamais.
field-maker-names = Auteurs
makers-hint = Un nom par ligne, dans l’ordre. Les rôles, dates et noms en écriture originale transmis par l’API ou par un import sont conservés.
choose-object-type = Choisir un type d’objet
object-type-required = Choisissez le type d’objet.
no-country = Non renseigné
period-hint = Une période ou une dynastie, p. ex. époque d’Edo.
date-text-hint = Telle qu’elle doit s’afficher, p. ex. vers 1831.
field-year-begin = Année la plus ancienne
field-year-end = Année la plus récente
year-invalid = Saisissez une année entière, comme 1831 ou -206.
materials-hint = Séparés par des points-virgules, p. ex. encre, couleurs sur soie ; feuille d’or (ou par des virgules en l’absence de point-virgule).
field-statement = Pourquoi un chef-d’œuvre, en anglais
field-statement-original = Pourquoi un chef-d’œuvre, en langue originale
statement-hint = Le texte par lequel le musée explique en quoi cette œuvre est un chef-d’œuvre. Obligatoire pour la proposer.
field-description = Description en anglais
field-description-original = Description en langue originale
choose-rights = Choisir une mention de droits
rights-hint = Comment d’autres peuvent réutiliser la notice et son image : une licence Creative Commons ou une mention de rightsstatements.org.
save-changes = Enregistrer les modifications
create-draft = Enregistrer comme brouillon
back-to-dashboard = Retour au tableau de bord
unsaved-changes = Certaines modifications ne sont pas enregistrées.
work-saved = Vos modifications sont enregistrées.
work-created = L’œuvre est enregistrée comme brouillon.
save-before-moving = Enregistrez d’abord vos modifications : la proposition ou le retrait porte sur l’œuvre enregistrée.
stale-title = Quelqu’un a modifié cette œuvre
stale-text = L’œuvre a été modifiée (par un collègue ou par un import) après son ouverture : vos modifications n’ont donc pas été enregistrées. Rechargez-la pour voir la version actuelle ; copiez d’abord ce que vous avez saisi et souhaitez conserver.
reload-work = Recharger l’œuvre

## Import.

import-title = Importer des œuvres
import-lead = Ajoutez ou mettez à jour de nombreuses œuvres à la fois depuis un fichier CSV, JSON ou NDJSON. Chaque enregistrement est rapproché par son numéro d’inventaire : un nouveau numéro crée un brouillon, un numéro connu met à jour l’œuvre correspondante.
import-step1 = 1. Choisir le fichier
import-step2 = 2. Vérifier le résultat prévu
import-step3 = 3. Importer
field-file = Fichier
file-hint = CSV avec une ligne d’en-tête, tableau JSON d’enregistrements ou NDJSON (un enregistrement par ligne) ; encodage UTF-8.
file-chosen = Fichier choisi : { $name } ({ $size })
file-required = Choisissez un fichier à importer.
field-format = Format
format-from-name = D’après le nom du fichier
format-unknown = Le nom du fichier ne permet pas de déterminer le format : choisissez-le.
field-mapping = Noms des colonnes
mapping-hint = Seulement si vos colonnes portent d’autres noms : des paires champ:colonne séparées par des virgules, p. ex. inventory_number:accession_number,makers:artist.
mapping-not-pair = « { $pair } » n’est pas de la forme champ:colonne.
mapping-unknown-field = « { $field } » n’est pas un champ d’une œuvre.
mapping-empty-column = « { $field } » doit être suivi d’un nom de colonne après les deux-points.
ignore-unknown = Ignorer les colonnes qui ne sont pas des champs d’une œuvre
ignore-unknown-hint = Sinon, un enregistrement comportant une telle colonne échoue, afin qu’une colonne mal orthographiée ne passe pas inaperçue.
dry-run-button = Vérifier le fichier (simulation)
checking = Vérification…
dry-run-note = Une simulation lit chaque enregistrement sans rien modifier.
dry-run-outdated = Le fichier ou les options ont changé depuis cette vérification : vérifiez de nouveau le fichier avant de l’importer.
some-will-fail =
    { $n ->
        [one] { $n } enregistrement présente des problèmes et ne sera pas importé. Corrigez-le dans le fichier et vérifiez de nouveau, ou importez dès maintenant les autres.
       *[other] { $n } enregistrements présentent des problèmes et ne seront pas importés. Corrigez-les dans le fichier et vérifiez de nouveau, ou importez dès maintenant les autres.
    }
file-unreadable = Le fichier n’a pas pu être lu jusqu’au bout ; seuls les enregistrements situés avant l’erreur seraient importés.
real-import-note = L’import crée et met à jour les œuvres décomptées ci-dessus. Les nouvelles œuvres sont des brouillons.
import-for-real = Lancer l’import
importing = Import en cours…
import-done = Import terminé
import-stopped-title = Le fichier n’a pas pu être lu jusqu’au bout
rows-read = Enregistrements lus
would-create = À créer
would-update = À mettre à jour
created = Créées
updated = Mises à jour
unchanged = Inchangées
failed = En échec
no-failed-rows = Tous les enregistrements peuvent être importés.
failed-rows-caption = Enregistrements comportant des problèmes, un problème par ligne
col-row = Enregistrement
col-line = Ligne
col-field = Champ
col-code = Problème
col-message = À corriger
load-more-rows = Afficher plus d’enregistrements
past-imports = Imports précédents
no-imports-title = Aucun import pour le moment
no-imports-text = Vos imports et simulations s’afficheront ici.
col-when = Date
col-kind = Type
dry-run = Simulation
real-import = Import
show-problems = Afficher les problèmes
problems-of-import = Problèmes de l’import { $id }

## Clients API.

clients-title = Clients API
clients-lead = Un client API permet à votre système de gestion des collections de tenir à jour les notices de votre musée via l’API des partenaires, sans utiliser le mot de passe d’une personne. Créez-en un par système.
new-client-title = Créer un client
field-client-name = Nom
client-name-hint = Pour le reconnaître, p. ex. Système de gestion des collections.
client-name-required = Donnez un nom au client.
create-client = Créer le client
client-created = Le client « { $name } » est créé
secret-once-title = Copiez le secret maintenant : il ne s’affiche qu’une seule fois
secret-once-text = Conservez-le là où votre système de gestion des collections stocke ses mots de passe. Quiconque le détient peut modifier les œuvres de votre musée. S’il est perdu ou divulgué, révoquez ce client et créez-en un autre.
client-id = Identifiant du client
client-secret = Secret du client
copy-hint = Sélectionnez le secret et copiez-le, ou utilisez le bouton.
copy-secret = Copier
copied = Copié dans le presse-papiers.
copy-failed = La copie n’a pas fonctionné ici : sélectionnez le secret et copiez-le vous-même.
token-how-to = Votre système échange l’identifiant et le secret du client contre un jeton d’accès via POST /api/v1/oauth/token (OAuth 2.0, client credentials) ; consultez la référence de l’API.
clients-list-title = Les clients de votre musée
no-clients-title = Aucun client API pour le moment
no-clients-text = Créez-en un lorsque votre système de gestion des collections sera prêt à utiliser l’API des partenaires.
col-created = Créé le
col-last-used = Dernière utilisation
never-used = Jamais
active = Actif
revoked = Révoqué
revoke = Révoquer
revoke-named = Révoquer « { $name } »
revoke-question = Révoquer « { $name } » ? Il cessera immédiatement de fonctionner.
revoke-confirm = Oui, révoquer
client-revoked = Le client « { $name } » est révoqué : ses jetons ne fonctionnent plus.
withdraw-reason-required = Indiquez pourquoi l’œuvre est retirée.
withdraw-reason = Motif
choose-withdraw-reason = Choisir un motif
withdraw-note = Remarque
withdraw-note-hint = Affichée avec le motif aux visiteurs qui suivent un ancien lien. Obligatoire pour « Autre motif ».
withdrawn-by-museum-on = Retirée par le musée le { $date } : { $reason }
withdrawn-by-secretariat-on = Retirée par le secrétariat le { $date } : { $reason }
decision-published = Le secrétariat a publié cette œuvre
decision-changes-requested = Le secrétariat demande des modifications
decision-rejected = Le secrétariat n’a pas retenu cette œuvre
decision-changes-next = Apportez les modifications demandées, enregistrez, puis proposez de nouveau l’œuvre.
decision-rejected-next = L’œuvre reste dans la liste de votre musée, mais ne peut plus être proposée.
secretariat-comment = Commentaire du secrétariat
nominated-on = Dernière proposition
first-published-on = Première publication
notifications-title = Nouvelles du secrétariat
no-notifications-title = Aucune nouvelle pour le moment
no-notifications-text = Lorsque le secrétariat publie une œuvre, demande des modifications ou retire une œuvre, l’information s’affiche ici et est envoyée par e-mail aux éditeurs de votre musée.
notice-published = Publiée
notice-changes-requested = Modifications demandées
notice-rejected = Non retenue
notice-withdrawn = Retirée par le secrétariat
withdrawn-work-title = Cette œuvre a été retirée
withdrawn-work-text = Elle faisait partie de la collection et n’y est plus présentée. Son musée ou le secrétariat du réseau en a donné le motif suivant.
withdrawn-on = Retirée le
withdrawn-by-label = Retirée par
withdrawn-by-museum = Son musée
withdrawn-by-secretariat = Le secrétariat du réseau
nav-admin = Console du secrétariat
admin-title = Console du secrétariat
admin-eyebrow = Secrétariat
admins-only-title = Réservé au secrétariat
admins-only-text = La console permet au secrétariat du réseau d’examiner les œuvres, de répondre aux demandes d’adhésion et de gérer les comptes. Votre compte n’est pas un compte administrateur.
sign-in-first-admin-text = Cette page est réservée au secrétariat du réseau. Connectez-vous pour continuer.
admin-nav-label = Console du secrétariat
admin-nav-dashboard = Tableau de bord
admin-nav-reviews = File d’examen
admin-nav-applications = Candidatures
admin-nav-featured = Chef-d’œuvre du jour
admin-nav-users = Utilisateurs
admin-nav-audit = Journal d’audit
admin-nav-emails = E-mails
admin-open = Ouvrir
admin-waiting = En attente du secrétariat
works-in-review = Œuvres en cours d’examen
applications-waiting = Candidatures en attente de réponse
applications-with-applicant = Candidatures en attente du candidat
oldest-in-review = La proposition la plus ancienne de la file date du
members-by-country = Membres et œuvres publiées par pays
no-members-title = Aucun musée membre pour le moment
no-members-text = Les musées dont la candidature est acceptée apparaissent ici.
col-members = Musées membres
col-published = Œuvres publiées
recent-activity = Activité récente
whole-audit-log = Tout le journal d’audit
no-activity-title = Rien ne s’est encore passé
no-activity-text = Les modifications des œuvres, des comptes et des candidatures s’affichent ici au fil de l’eau.
activity-line = { $actor } : { $action } sur { $entity } « { $key } »
review-queue-lead = Les œuvres proposées par les musées, les propositions les plus anciennes en premier. Chaque contrôle doit être validé avant qu’une œuvre puisse être publiée.
review-decided = « { $title } » a désormais le statut : { $status }.
queue-empty-title = Rien à examiner
queue-empty-text = Aucune œuvre n’attend d’examen. Les propositions des musées s’affichent ici.
check-passed = validé
check-failed = non validé
queue-total = { $n } en cours d’examen
col-nominated = Proposée le
col-checks = Contrôles
review-work-title = Examiner une œuvre
review-not-found-text = Aucune œuvre, tous musées confondus, ne correspond à cette adresse.
back-to-queue = Retour à la file d’examen
work-withdrawn-by-secretariat = L’œuvre est retirée de la collection. Les éditeurs de son musée en sont informés avec le motif.
review-stale-title = Le musée a modifié cette œuvre entre-temps
review-stale-text = Aucune décision n’a été enregistrée. Relisez l’œuvre et examinez ce qui a changé.
review-decide-title = Décision
review-comment-label = Commentaire pour le musée
review-comment-hint = Obligatoire pour demander des modifications ou refuser ; facultatif pour publier. Les éditeurs du musée le voient et le reçoivent par e-mail.
publish = Publier
request-changes = Demander des modifications
reject-work = Refuser
publish-blocked = Cette œuvre ne peut pas être publiée pour le moment : le quota de son musée est atteint. Demandez des modifications, ou attendez que le musée retire une œuvre.
review-actions-hint = Demander des modifications renvoie l’œuvre à son musée ; la refuser la clôt définitivement.
admin-withdraw-hint = Retire l’œuvre de la collection publique. Les visiteurs qui suivent un ancien lien voient le motif.
review-record = La notice
no-statement = Pas encore d’argumentaire « Pourquoi un chef-d’œuvre ».
version-n = version { $n }
review-quota-title = Le quota du musée est atteint
review-checks-fail-title = Un contrôle n’est pas validé
apply-to-join = Demander l’adhésion
join-question = Votre musée est situé dans un pays de l’ASEM et n’est pas encore membre ?
apply-title = Demander l’adhésion au réseau
apply-lead = Les musées des États membres de la Rencontre Asie-Europe (ASEM) peuvent adhérer au Réseau des musées Asie-Europe et confier des chefs-d’œuvre à la collection. Présentez-nous votre musée et envoyez le formulaire de candidature signé.
apply-museum-name = Nom du musée en anglais
apply-museum-name-local = Nom du musée dans sa langue
apply-museum-name-local-hint = Dans son écriture d’origine, s’il diffère du nom anglais.
apply-museum-name-local-lang = Langue de ce nom
apply-country-hint = Seuls les musées des États membres de l’ASEM peuvent adhérer.
apply-country-required = Choisissez le pays du musée.
choose-country = Choisir un pays
apply-city = Ville
apply-website = Site web
apply-website-hint = Son adresse, commençant par https://
apply-founding-year = Année de fondation
apply-kind = Type de musée
choose-museum-kind = Choisir un type
apply-kind-required = Choisissez le type de musée.
apply-collections = Collections asiatiques ou européennes
apply-collections-hint = Quelques paragraphes sur les collections que le musée partagerait avec le réseau.
apply-group-museum = Le musée
apply-group-contact = La personne à contacter
apply-contact-hint = Une fois la candidature acceptée, cette personne est invitée à devenir le premier éditeur du musée.
apply-contact-name = Nom
apply-contact-title = Titre ou fonction
apply-contact-email = Adresse e-mail
apply-group-commitment = Engagement et formulaire signé
apply-icom = Le musée reconnaît le Code de déontologie de l’ICOM pour les musées
apply-icom-link = Lire le Code de déontologie de l’ICOM pour les musées (s’ouvre dans un nouvel onglet)
apply-document = Formulaire de candidature signé (PDF)
apply-document-hint = Le formulaire de candidature signé par la direction du musée, au format PDF ({ $max } au maximum).
apply-document-required = Choisissez le formulaire de candidature signé (un fichier PDF).
apply-document-not-pdf = Le formulaire de candidature signé doit être un fichier PDF.
apply-document-too-large = Le fichier est trop volumineux : { $max } au maximum.
apply-honeypot = Laissez ce champ vide
apply-submit = Envoyer la candidature
apply-form-data-failed = Le formulaire n’a pas pu être préparé pour l’envoi. Rechargez la page, puis réessayez.
apply-conflict-title = Ce musée ne peut pas présenter de candidature pour le moment
apply-too-many = Trop de candidatures ont été envoyées depuis cet appareil. Patientez { $minutes } min avant de réessayer.
apply-done-title = Votre candidature a bien été reçue
apply-reference = Référence :
apply-done-text = Le secrétariat va l’étudier et écrira à { $email }. Suivez son avancement, et répondez aux questions du secrétariat, grâce à votre lien personnel.
apply-follow = Suivre votre candidature
apply-keep-link = Conservez ce lien personnel ; il vous est aussi envoyé par e-mail :
application-status-title = Demande d’adhésion
application-not-found-title = Candidature introuvable
application-not-found-text = Ce lien ne mène à aucune candidature. Vérifiez qu’il a été copié en entier depuis l’e-mail.
admin-application-not-found-text = Aucune candidature ne porte ce numéro.
application-where-it-stands = Statut :
application-submitted-text = Le secrétariat a bien reçu votre candidature et l’étudiera prochainement.
application-info-requested-text = Le secrétariat a besoin d’informations complémentaires : lisez son message ci-dessous et répondez-y.
application-approved-text = Bienvenue dans le réseau ! La personne à contacter a été invitée à se connecter en tant qu’éditeur du musée.
application-rejected-text = Le secrétariat n’a pas retenu la candidature. Ses motifs figurent ci-dessous.
application-submitted-on = Envoyée le
see-museum-page = Voir la page « { $museum } »
conversation = Messages
no-messages = Aucun message pour le moment.
application-closed-note = Une décision a été prise sur la candidature ; il n’est plus possible d’y répondre ici.
answer-sent = Votre réponse a été envoyée au secrétariat.
your-answer = Votre réponse au secrétariat
your-answer-hint = Le secrétariat la lira avec votre candidature.
send-answer = Envoyer la réponse
applications-lead = Les candidatures des musées qui souhaitent adhérer, les plus anciennes en premier.
no-applications-title = Aucune candidature ici
no-applications-text = Aucune candidature n’a ce statut. Choisissez-en un autre ci-dessus.
load-more = Afficher plus
application-title = Demande d’adhésion
download-failed = Le fichier n’a pas pu être enregistré.
yes = Oui
no = Non
back-to-applications = Retour aux candidatures
application-now-is = La candidature a désormais le statut : { $status }.
application-fields = Ce que le musée a envoyé
downloading = Téléchargement…
download-pdf = Télécharger le formulaire signé (PDF)
message-to-applicant = Message au candidat
message-to-applicant-hint = Obligatoire pour demander des informations ou refuser ; facultatif pour accepter. Le candidat le reçoit par e-mail et sur sa page de suivi.
reopen-message-hint = Facultatif : pourquoi la candidature est rouverte.
request-info = Demander des informations
approve = Accepter
reject-application = Refuser
reopen = Rouvrir
approve-hint = Accepter la candidature fait du musée un membre et invite la personne à contacter à devenir son premier éditeur.
featured-lead = Chaque jour a son chef-d’œuvre du jour, choisi à tour de rôle et équitablement parmi les musées. Épinglez une œuvre à une date pour un anniversaire ou l’ouverture d’une exposition.
pinned-day = « { $title } » est le chef-d’œuvre du jour le { $date }.
unpinned-day = Le { $date } revient au roulement.
featured-schedule = Le calendrier
no-featured-title = Aucun jour encore attribué
no-featured-text = Dès que des œuvres seront publiées, le chef-d’œuvre de chaque jour s’affichera ici.
col-day = Jour
col-work = Œuvre
col-chosen-by = Choisie par
col-note = Remarque
unpin-named = Désépingler le { $date }
unpin = Désépingler
today = Aujourd’hui
pinned = Épinglée par le secrétariat
rotation = Le roulement
pin-date-required = Choisissez le jour.
pin-date-past = Choisissez aujourd’hui ou une date ultérieure.
pin-work-required = Indiquez le nom d’adresse (slug) d’une œuvre publiée, ou recherchez-en une ci-dessous.
pin-title = Épingler une œuvre à une date
pin-date-hint = Aujourd’hui ou plus tard ; les jours sont comptés en UTC.
pin-work = Œuvre (son nom d’adresse)
pin-work-hint = La dernière partie de l’adresse de l’œuvre, p. ex. great-wave pour /artworks/great-wave. L’œuvre doit être publiée.
pin-find = Rechercher une œuvre par son titre
pin-find-hint = Saisissez au moins deux lettres, puis choisissez une œuvre pour remplir son nom d’adresse.
pin-find-results = Œuvres trouvées
pin-note-hint = Pourquoi ce jour, pour les archives du secrétariat.
pin-submit = Épingler
users-lead = Les comptes du secrétariat et des éditeurs des musées.
users-list-title = Comptes
no-users-title = Aucun compte
no-users-text = Invitez ci-dessus le premier éditeur d’un musée.
choose-museum = Choisir un musée
name-required = Indiquez le nom de la personne.
editor-needs-museum = Un éditeur travaille pour un musée : choisissez-le.
invite-title = Inviter une personne
invited = Une invitation est en route vers { $email }.
editor-museum-hint = Le musée dont cet éditeur prépare les œuvres.
send-invitation = Envoyer l’invitation
user-disabled = Désactivé
user-invited = Invité
change-role-named = Changer le rôle de { $name }
change-role = Changer le rôle
enable-named = Activer { $name }
disable-named = Désactiver { $name }
enable-user = Activer
disable-user = Désactiver
audit-lead = Qui a modifié quoi, et quand, les entrées les plus récentes en premier. Les filtres ont leur propre adresse, pour être partagés.
audit-actor = Auteur
audit-actor-hint = L’adresse e-mail d’un compte ou l’identifiant d’un client.
audit-museum-hint = Le nom d’adresse d’un musée.
audit-entity = Type d’enregistrement
audit-entity-hint = p. ex. artwork, user, application
audit-record-name = Enregistrement
audit-key-hint = p. ex. le nom d’adresse d’une œuvre
audit-action = Action
audit-action-hint = p. ex. artwork.publish
audit-since = Depuis
audit-since-hint = Une date et une heure, p. ex. 2025-03-01T00:00:00Z
no-audit-title = Aucune entrée
no-audit-text = Aucune entrée ne correspond à ces filtres.
audit-record = Enregistrement
audit-change = Modification
audit-show-change = Avant et après
audit-before = Avant
audit-after = Après
emails-lead = Les e-mails générés par la plateforme, les plus récents en premier, avec leur statut d’envoi.
no-emails-title = Aucun e-mail pour le moment
no-emails-text = Les invitations, les réinitialisations de mot de passe et les avis adressés aux musées s’affichent ici.
email-sent = Envoyé
email-failed = Non remis
email-pending = En attente d’envoi
email-to = Destinataire
email-body = Afficher le message
publish-checks-fail = Certains contrôles ne sont pas validés (marqués ✗ ci-dessus). Ne publiez que si la notice convient à la collection ; sinon, demandez des modifications en précisant ce qui manque.
admin-nav-museums = Musées
admin-nav-settings = Paramètres du réseau
admin-museums-lead = Tous les musées du réseau, avec leur adhésion et la part de leur quota qu’occupent leurs œuvres. Ouvrez-en un pour modifier son adhésion, son quota ou son profil.
filter-by-membership = Afficher les musées par adhésion
no-museums-in-status-title = Aucun musée ici
no-museums-in-status-text = Aucun musée n’a ce statut d’adhésion.
col-quota = Quota
places-used =
    { $used ->
        [one] { $used } place utilisée sur { $quota }
       *[other] { $used } places utilisées sur { $quota }
    }
admin-museum-title = Musée
admin-museum-not-found-text = Aucun musée du réseau ne correspond à cette adresse.
back-to-museums = Retour aux musées
works-by-status = Œuvres par statut
admin-quota-note = Les œuvres publiées ou en cours d’examen sont décomptées du quota. Un quota inférieur à ce nombre ne retire aucune œuvre : il bloque les nouvelles propositions jusqu’à ce que le nombre repasse en dessous.
museum-stale-title = Quelqu’un a modifié ce musée entre-temps
museum-stale-text = Il a été modifié (par ses éditeurs ou par un autre membre du secrétariat) après l’ouverture de cette page : rien n’a donc été enregistré. Rechargez-le pour voir la version actuelle ; copiez d’abord ce que vous avez saisi et souhaitez conserver.
reload-museum = Recharger le musée
membership-status-label = Statut d’adhésion
quota-label = Quota
quota-hint = Nombre de ses œuvres pouvant être publiées ou en cours d’examen en même temps.
quota-invalid = Saisissez un nombre entier de 0 à { $max }.
membership-reason = Motif
reason-required-hint = Obligatoire pour suspendre ou mettre fin à une adhésion : les éditeurs du musée le reçoivent par e-mail.
reason-optional-hint = Facultatif. Lorsqu’une adhésion est rétablie, les éditeurs du musée le reçoivent par e-mail.
save-membership = Enregistrer l’adhésion
membership-saved = Adhésion enregistrée : { $status }, avec un quota de { $quota }.
membership-emailed = Les éditeurs du musée en sont informés par e-mail.
suspension-title = Effets d’une suspension
suspension-text = Tant qu’un musée est suspendu, ou n’est plus membre, aucune de ses œuvres ne peut être proposée ni publiée, et il est exclu du chef-d’œuvre du jour. Ses œuvres publiées le restent et ses éditeurs conservent leur compte. Le rétablissement de l’adhésion lève immédiatement ces restrictions.
museum-profile = Profil
profile-saved = Le profil du musée est enregistré.
save-profile = Enregistrer le profil
field-latitude = Latitude
field-longitude = Longitude
latitude-hint = En degrés décimaux, de -90 à 90, p. ex. 37.5240.
longitude-hint = En degrés décimaux, de -180 à 180, p. ex. 126.9803.
coordinate-invalid = Saisissez un nombre en degrés décimaux, comme 37.524.
museum-description = Description en anglais
museum-description-hint = Quelques phrases sur le musée, affichées sur sa page publique.
group-museum-name = Nom
group-museum-place = Lieu et site web
group-museum-about = À propos du musée
settings-lead = Le fonctionnement du réseau : le quota attribué aux nouveaux membres, les pays dont les musées peuvent adhérer et les termes que la recherche considère comme équivalents.
default-quota-title = Quota par défaut
default-quota-label = Quota des nouveaux membres
default-quota-hint = Attribué à un musée lorsque sa candidature est acceptée. Les membres conservent leur propre quota : modifiez-le sur la page du musée.
default-quota-saved = Enregistré : les musées acceptés désormais recevront un quota de { $n }.
save-default-quota = Enregistrer le quota par défaut
countries-title = Pays
countries-lead = Seuls les musées des États membres de l’ASEM peuvent présenter leur candidature. Chaque modification est enregistrée dès que vous cochez ou décochez une case ; les musées et les œuvres d’un pays qui cesse d’être membre restent inchangés.
country-code = Code
country-region = Région
col-works-from = Œuvres qui en proviennent
asem-member-of = { $country } est un État membre de l’ASEM
country-now-member = { $country } figure désormais parmi les États membres de l’ASEM.
country-no-longer-member = { $country } ne figure plus parmi les États membres de l’ASEM.
country-added = Pays ajouté à la liste : { $country } ({ $code }).
country-changed = Pays modifié : { $country } ({ $code }).
add-country-title = Ajouter un pays
add-country-hint = Pour renommer un pays de la liste ou le rattacher à une autre région, indiquez son code : le pays portant ce code sera modifié.
country-code-hint = Son code ISO 3166-1 à deux lettres, p. ex. KR.
country-code-invalid = Saisissez deux lettres, comme KR.
country-name-hint = Son nom court en anglais, p. ex. Republic of Korea.
asem-member-hint = Seuls les musées des États membres de l’ASEM peuvent présenter leur candidature.
save-country = Enregistrer le pays
terms-title = Termes de recherche équivalents
terms-lead = Des groupes de noms et de mots que la recherche considère comme équivalents, quelles que soient l’écriture et la graphie : une recherche sur l’un d’eux trouve les œuvres qui mentionnent n’importe lequel.
terms-reindex-hint = Les modifications sont prises en compte par la recherche une fois son index reconstruit, ce qui se fait en arrière-plan peu après chaque modification.
terms-filter-label = Trouver un groupe par un terme ou sa remarque
terms-shown-all = Groupes affichés : { $shown } sur { $total }
terms-shown-matching = Groupes correspondants : { $total } ; affichés : { $shown }
no-terms-title = Aucun groupe ne correspond
no-terms-text = Aucun groupe ne contient de terme ou de remarque de ce type. Ajoutez-en un ci-dessus.
show-more-groups =
    { $n ->
        [one] Afficher { $n } autre groupe
       *[other] Afficher { $n } autres groupes
    }
terms-label = Termes
terms-hint = Un terme par ligne, au moins deux, dans n’importe quelle écriture, p. ex. Hokusai et 葛飾北斎. Un terme ne peut appartenir qu’à un seul groupe.
terms-note = Remarque
terms-note-hint = Ce que désigne le groupe, pour le secrétariat, p. ex. graveur japonais.
add-terms-title = Ajouter un groupe de termes
add-terms-button = Ajouter le groupe
terms-added = Le groupe est ajouté : { $terms }.
terms-saved = Le groupe est enregistré : { $terms }.
terms-deleted = Le groupe est supprimé : { $terms }.
edit-terms = Modifier
edit-terms-named = Modifier le groupe { $terms }
delete-terms = Supprimer
delete-terms-named = Supprimer le groupe { $terms }
delete-terms-question = Supprimer le groupe { $terms } ? La recherche cessera de considérer ces termes comme équivalents.
delete-terms-confirm = Oui, supprimer

## Les images sur la page d’une œuvre et la visionneuse à zoom.

images-of-work = Images de cette œuvre
image-n-of-m = Image { $n } sur { $total }
image-rights-label = Droits de l’image
manifest-link = Manifeste IIIF
manifest-hint = Ouvre les images de cette œuvre dans n’importe quelle visionneuse IIIF, comme Mirador ou Universal Viewer : donnez ce lien à la visionneuse.
zoom-open = Agrandir
zoom-dialog-label = Image zoomable : { $title }
zoom-role-description = image zoomable
zoom-hint = Faites glisser pour vous déplacer · faites défiler ou pincez pour zoomer
zoom-instructions = Faites glisser l’image, ou utilisez les flèches du clavier, pour vous y déplacer. Faites défiler, pincez, ou appuyez sur plus et moins pour zoomer et dézoomer ; double-cliquez pour zoomer. Appuyez sur 0 pour revoir l’image entière, et sur Échap pour fermer.
zoom-level = Zoom { $percent } %
zoom-in = Zoom avant
zoom-out = Zoom arrière
zoom-reset = Réinitialiser l’affichage
zoom-fullscreen = Plein écran
zoom-close = Fermer
zoom-loading = Chargement de l’image zoomable…
zoom-failed = L’image zoomable n’a pas pu être chargée.
zoom-failed-hint = L’image reste affichée sur la page de l’œuvre. Réessayez, ou fermez la visionneuse.

## Les images d’une œuvre, dans l’espace musée.

images-title = Images
images-lead = L’image principale représente l’œuvre dans les listes et sur sa page ; les autres suivent dans cet ordre. Les visiteurs voient une image dès qu’elle est prête.
images-count = Images : { $n } sur { $max }
no-images-title = Aucune image pour le moment
no-images-text = Ajoutez ci-dessous la première image de cette œuvre : une œuvre illustrée a bien plus de chances d’être regardée.
image-label = Image { $n }
image-primary = Principale
image-state-fetching = Récupération depuis le lien…
image-state-processing = Traitement en cours…
image-state-ready = Prête
image-state-failed = Échec : { $error }
image-failed-unknown = l’image n’a pas pu être lue
image-pixels = { $width } × { $height } pixels
image-file = Fichier original
image-source-url = Récupérée depuis
rights-from-work = (ceux de l’œuvre)
image-edit = Modifier la description
image-edit-named = Modifier la description de l’image { $n }
image-make-primary = Définir comme principale
image-make-primary-named = Définir comme principale : image { $n }
image-move-up = Monter
image-move-up-named = Monter : image { $n }
image-move-down = Descendre
image-move-down-named = Descendre : image { $n }
image-delete = Supprimer
image-delete-named = Supprimer l’image { $n }
image-delete-question = Supprimer l’image { $n } ? Cette action est irréversible.
image-delete-confirm = Oui, supprimer
image-deleted = L’image a été supprimée.
image-saved = La description de l’image { $n } a été enregistrée.
image-made-primary = L’image { $n } est désormais l’image principale.
image-moved = L’image est désormais l’image { $n }.
save-image = Enregistrer la description
add-image-title = Ajouter une image
image-source-legend = Source de l’image
image-source-file = Téléverser un fichier
image-source-link = Indiquer un lien
field-image-file = Fichier image
image-file-hint = Un fichier JPEG, PNG, WebP ou TIFF, dans la plus grande taille dont vous disposez : les visiteurs pourront zoomer sur chaque détail.
field-image-url = Lien vers l’image
image-url-hint = Une adresse http ou https d’un fichier JPEG, PNG, WebP ou TIFF sur le serveur de votre musée ; l’image y est récupérée une seule fois.
field-alt = Texte alternatif
alt-hint = Décrivez en une ou deux phrases ce que montre l’image, pour les personnes qui ne peuvent pas la voir : quelle vue de l’œuvre (face, revers, détail) et ce qui importe, comme les couleurs, les figures ou une inscription. Inutile de commencer par « Image de » ou de répéter le titre.
field-image-caption = Légende
caption-hint = Affichée sous l’image, p. ex. « Détail de la signature ».
field-image-credit = Crédit photographique
image-credit-hint = L’auteur de la photographie, p. ex. « Photo © Musée national de Corée ».
field-image-rights = Droits de l’image
image-rights-hint = La mention de droits de la photographie, si elle diffère de celle de la notice de l’œuvre.
rights-same-as-work = Identiques à ceux de l’œuvre ({ $rights })
field-image-position = Position
image-primary-check = En faire l’image principale
image-primary-hint = L’image principale représente l’œuvre dans les listes. La première image d’une œuvre est de toute façon son image principale.
add-image-button = Ajouter l’image
uploading = Téléversement…
image-file-required = Choisissez le fichier image.
image-file-type = Choisissez une image JPEG, PNG, WebP ou TIFF.
image-url-required = Indiquez le lien vers l’image.
image-url-invalid = Indiquez une adresse commençant par http:// ou https://.
image-too-large = Ce fichier est trop volumineux pour le serveur.
image-unsupported = Le serveur ne peut pas lire ce type de fichier : choisissez une image JPEG, PNG, WebP ou TIFF.
image-limit-title = Cette œuvre a atteint le nombre maximal d’images
image-limit-text = Une œuvre peut avoir au plus { $max } images. Supprimez-en une pour en ajouter une autre.
image-uploaded = L’image a été téléversée. Elle est en cours de traitement et s’affichera ici dès qu’elle sera prête.
image-linked = L’image a été ajoutée. Le serveur la récupère depuis le lien ; elle s’affichera ici dès qu’elle sera prête.

## Listes fermées : work-status

work-status-draft = Brouillon
work-status-in-review = En cours d’examen
work-status-changes-requested = Modifications demandées
work-status-published = Publiée
work-status-rejected = Non retenue
work-status-withdrawn = Retirée

## Listes fermées : withdrawal-reason

withdrawal-reason-end-of-loan = Fin de prêt
withdrawal-reason-restitution = Restitution
withdrawal-reason-deaccession = Sortie des collections
withdrawal-reason-error = Publiée par erreur
withdrawal-reason-other = Autre motif

## Listes fermées : review-check

review-check-english-fields = Champs obligatoires en anglais
review-check-statement = Argumentaire « Pourquoi un chef-d’œuvre »
review-check-image = Image avec texte alternatif
review-check-quota = Dans les limites du quota du musée

## Listes fermées : museum-kind

museum-kind-art = Musée d’art
museum-kind-history = Musée d’histoire
museum-kind-ethnography = Musée d’ethnographie
museum-kind-archaeology = Musée d’archéologie
museum-kind-decorative-arts = Musée des arts décoratifs
museum-kind-university = Musée universitaire
museum-kind-general = Musée généraliste
museum-kind-other = Autre type de musée

## Listes fermées : application-status

application-status-submitted = En attente du secrétariat
application-status-info-requested = Informations demandées
application-status-approved = Acceptée
application-status-rejected = Non retenue

## Listes fermées : message-author

message-author-applicant = Le candidat
message-author-secretariat = Le secrétariat

## Listes fermées : role

role-admin = Secrétariat (administrateur)
role-editor = Éditeur de musée

## Listes fermées : import-status

import-status-queued = En attente
import-status-running = En cours
import-status-done = Terminé
import-status-failed = Interrompu

## Listes fermées : field-problem

field-problem-required = Ce champ est obligatoire.
field-problem-too-long = Cette valeur est trop longue.
field-problem-invalid = Cette valeur n’a pas la forme attendue.
field-problem-unknown-value = Cette valeur ne fait pas partie des valeurs autorisées.
field-problem-out-of-range = Cette valeur est hors limites.
field-problem-duplicate = Cette valeur est déjà utilisée.
field-problem-unknown-field = Ce n’est pas un champ d’une œuvre.

## Listes fermées : facet

facet-country = Pays d’origine
facet-museum = Musée
facet-museum-country = Pays du musée
facet-region = Région d’origine
facet-object-type = Type d’objet
facet-material = Matériau
facet-period = Période
facet-has-image = Image
facet-reusable = Réutilisation
with-an-image = Avec image
without-an-image = Sans image
free-to-reuse = Réutilisation libre
reuse-restricted = Réutilisation restreinte

## Listes fermées : sort

sort-relevance = Pertinence
sort-oldest = Les plus anciennes d’abord
sort-newest = Les plus récentes d’abord
sort-title = Titre, de A à Z
sort-recent = Ajouts récents

## Listes fermées : suggestion-kind

suggestion-kind-title = Œuvre
suggestion-kind-maker = Auteur
suggestion-kind-museum = Musée
suggestion-kind-period = Période

## Listes fermées : cultural-region

cultural-region-east-asia = Asie de l’Est
cultural-region-south-asia = Asie du Sud
cultural-region-southeast-asia = Asie du Sud-Est
cultural-region-central-asia = Asie centrale
cultural-region-west-asia = Asie occidentale
cultural-region-europe = Europe
cultural-region-oceania = Océanie

## Listes fermées : region

region-asia = Asie
region-europe = Europe
region-oceania = Océanie

## Listes fermées : maker-role

maker-role-artist = artiste
maker-role-workshop = atelier
maker-role-school = école
maker-role-calligrapher = calligraphe
maker-role-potter = potier
maker-role-maker = auteur
maker-role-attributed-to = attribué à

## Listes fermées : membership

membership-applicant = Candidat
membership-active = Membre actif
membership-suspended = Adhésion suspendue
membership-former = Ancien membre

## Listes fermées : membership-plural

membership-plural-applicant = Candidats
membership-plural-active = Actifs
membership-plural-suspended = Suspendus
membership-plural-former = Anciens membres

## Listes fermées : object-type

object-type-painting = Peinture
object-type-calligraphy = Calligraphie
object-type-sculpture = Sculpture
object-type-ceramics = Céramique
object-type-metalwork = Métal
object-type-textile = Textile
object-type-lacquer = Laque
object-type-print = Estampe
object-type-manuscript = Manuscrit
object-type-jewellery = Bijoux
object-type-arms-and-armour = Armes et armures
object-type-furniture = Mobilier
object-type-photograph = Photographie
object-type-other = Autre

## Nombres, avec leurs formes du pluriel

count-works =
    { $n ->
        [one] { $n } œuvre
       *[other] { $n } œuvres
    }
count-museums =
    { $n ->
        [one] { $n } musée
       *[other] { $n } musées
    }
count-works-shown =
    { $n ->
        [one] { $n } œuvre affichée
       *[other] { $n } œuvres affichées
    }
count-results =
    { $n ->
        [one] { $n } œuvre trouvée
       *[other] { $n } œuvres trouvées
    }
count-suggestions =
    { $n ->
        [one] { $n } suggestion disponible.
       *[other] { $n } suggestions disponibles.
    }
count-more-values =
    { $n ->
        [one] Afficher { $n } autre
       *[other] Afficher { $n } autres
    }
count-undated =
    { $n ->
        [one] { $n } œuvre correspondante n’a ni date ni région : elle ne figure donc pas sur la frise.
       *[other] { $n } œuvres correspondantes n’ont ni date ni région : elles ne figurent donc pas sur la frise.
    }
count-problems =
    { $n ->
        [one] Il y a { $n } problème à corriger
       *[other] Il y a { $n } problèmes à corriger
    }

## Noms de langues, par étiquette BCP 47

language-zh-Hant = chinois (traditionnel)
language-zh-Hans = chinois (simplifié)
language-ja = japonais
language-ko = coréen
language-zh = chinois
language-th = thaï
language-vi = vietnamien
language-id = indonésien
language-ms = malais
language-km = khmer
language-lo = lao
language-my = birman
language-fil = filipino
language-tl = filipino
language-hi = hindi
language-bn = bengali
language-ur = ourdou
language-mn = mongol
language-kk = kazakh
language-ru = russe
language-en = anglais
language-fr = français
language-de = allemand
language-nl = néerlandais
language-it = italien
language-es = espagnol
language-pt = portugais
language-pl = polonais
language-cs = tchèque
language-el = grec
language-hu = hongrois
language-sv = suédois
language-da = danois
language-fi = finnois
language-no = norvégien
language-nb = norvégien

## Noms de pays, par code ISO 3166-1

country-au = Australie
country-at = Autriche
country-be = Belgique
country-bn = Brunéi Darussalam
country-bg = Bulgarie
country-kh = Cambodge
country-cn = Chine
country-cy = Chypre
country-cz = Tchéquie
country-dk = Danemark
country-ee = Estonie
country-fi = Finlande
country-fr = France
country-de = Allemagne
country-gr = Grèce
country-hu = Hongrie
country-in = Inde
country-id = Indonésie
country-ie = Irlande
country-it = Italie
country-jp = Japon
country-kr = République de Corée
country-la = Laos
country-lv = Lettonie
country-lt = Lituanie
country-lu = Luxembourg
country-my = Malaisie
country-mt = Malte
country-mn = Mongolie
country-mm = Myanmar
country-nl = Pays-Bas
country-nz = Nouvelle-Zélande
country-pk = Pakistan
country-ph = Philippines
country-pl = Pologne
country-pt = Portugal
country-ro = Roumanie
country-ru = Russie
country-sg = Singapour
country-sk = Slovaquie
country-si = Slovénie
country-es = Espagne
country-se = Suède
country-th = Thaïlande
country-gb = Royaume-Uni
country-vn = Viêt Nam
