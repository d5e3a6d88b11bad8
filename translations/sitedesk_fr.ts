<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ApiError</name>
    <message>
        <source>Procore cannot be reached. Check the network connection.</source>
        <translation>Impossible de joindre Procore. Vérifiez la connexion réseau.</translation>
    </message>
    <message>
        <source>Procore stopped answering (timed out). Try again in a moment.</source>
        <translation>Procore ne répond plus (délai dépassé). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Procore did not accept the sign-in.</source>
        <translation>Procore n&apos;a pas accepté la connexion.</translation>
    </message>
    <message>
        <source>You are signed out. Sign in with Procore again.</source>
        <translation>Vous êtes déconnecté. Reconnectez-vous avec Procore.</translation>
    </message>
    <message>
        <source>You do not have permission for this in Procore, or the tool is disabled.</source>
        <translation>Vous n&apos;avez pas l&apos;autorisation nécessaire dans Procore, ou l&apos;outil est désactivé.</translation>
    </message>
    <message>
        <source>Procore could not find this item, or you no longer have access to it.</source>
        <translation>Procore n&apos;a pas trouvé cet élément, ou vous n&apos;y avez plus accès.</translation>
    </message>
    <message>
        <source>Procore refused the request.</source>
        <translation>Procore a refusé la requête.</translation>
    </message>
    <message>
        <source>Procore&apos;s request limit is reached. Sitedesk will try again later.</source>
        <translation>La limite de requêtes de Procore est atteinte. Sitedesk réessaiera plus tard.</translation>
    </message>
    <message>
        <source>Procore had a problem answering. Try again in a moment.</source>
        <translation>Procore a rencontré un problème pour répondre. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Procore sent an answer Sitedesk could not read.</source>
        <translation>Procore a envoyé une réponse que Sitedesk n&apos;a pas pu lire.</translation>
    </message>
    <message>
        <source>The local cache could not be written.</source>
        <translation>Impossible d&apos;écrire dans le cache local.</translation>
    </message>
    <message>
        <source>The request to Procore failed.</source>
        <translation>La requête vers Procore a échoué.</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>sitedesk: the server URLs must be http(s) URLs.</source>
        <translation>sitedesk&#xa0;: les URL du serveur doivent être des URL http(s).</translation>
    </message>
    <message>
        <source>Sitedesk: Procore on the desktop, online and offline.</source>
        <translation>Sitedesk&#xa0;: Procore sur le bureau, en ligne et hors ligne.</translation>
    </message>
    <message>
        <source>Use a custom Procore API base URL.</source>
        <translation>Utiliser une URL de base personnalisée pour l&apos;API Procore.</translation>
    </message>
    <message>
        <source>Use a custom Procore login base URL.</source>
        <translation>Utiliser une URL de base personnalisée pour la connexion Procore.</translation>
    </message>
    <message>
        <source>OAuth client id of the app registration.</source>
        <translation>ID client OAuth de l&apos;enregistrement de l&apos;application.</translation>
    </message>
    <message>
        <source>Start signing in right away when not signed in.</source>
        <translation>Lancer la connexion immédiatement si aucune session n&apos;est ouverte.</translation>
    </message>
</context>
<context>
    <name>ServerConfig</name>
    <message>
        <source>Procore</source>
        <translation>Procore</translation>
    </message>
    <message>
        <source>Procore development sandbox</source>
        <translation>Sandbox de développement Procore</translation>
    </message>
    <message>
        <source>Procore monthly sandbox</source>
        <translation>Sandbox mensuel Procore</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Serveur personnalisé</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Sync cancelled. Data synced before stays available.</source>
        <translation>Synchronisation annulée. Les données synchronisées auparavant restent disponibles.</translation>
    </message>
    <message numerus="yes">
        <source>Sync finished: %n record(s) up to date.</source>
        <translation>
            <numerusform>Synchronisation terminée&#xa0;: %n enregistrement à jour.</numerusform>
            <numerusform>Synchronisation terminée&#xa0;: %n enregistrements à jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync incomplete: %1 Cached data was kept.</source>
        <translation>Synchronisation incomplète&#xa0;: %1 Les données en cache ont été conservées.</translation>
    </message>
</context>
<context>
    <name>ToolRegistry</name>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
</context>
<context>
    <name>sitedesk::ApiClient</name>
    <message>
        <source>The connection was interrupted (%1).</source>
        <translation>La connexion a été interrompue (%1).</translation>
    </message>
</context>
<context>
    <name>sitedesk::AuthService</name>
    <message>
        <source>Sign-in timed out. Start again when you are ready.</source>
        <translation>Le délai de connexion a expiré. Recommencez quand vous serez prêt.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Sitedesk will keep you signed in for this session only.</source>
        <translation>Le trousseau du système n&apos;est pas disponible (%1). Sitedesk vous gardera connecté pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The Procore server settings are incomplete. Open Settings and check the environment and client id.</source>
        <translation>Les paramètres du serveur Procore sont incomplets. Ouvrez les Paramètres et vérifiez l&apos;environnement et l&apos;ID client.</translation>
    </message>
    <message>
        <source>The answer from the browser did not match this sign-in. Please try again.</source>
        <translation>La réponse du navigateur ne correspond pas à cette connexion. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Sign-in was declined in the browser.</source>
        <translation>La connexion a été refusée dans le navigateur.</translation>
    </message>
    <message>
        <source>The pasted code is empty.</source>
        <translation>Le code collé est vide.</translation>
    </message>
    <message>
        <source>Procore did not complete the sign-in: %1</source>
        <translation>Procore n&apos;a pas finalisé la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your Procore sign-in has expired. Please sign in again.</source>
        <translation>Votre connexion à Procore a expiré. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>The system keychain could not store your sign-in (%1). You are signed in for this session only.</source>
        <translation>Le trousseau du système n&apos;a pas pu enregistrer votre connexion (%1). Vous êtes connecté pour cette session uniquement.</translation>
    </message>
</context>
<context>
    <name>sitedesk::CacheDatabase</name>
    <message>
        <source>the file system does not support write-ahead logging</source>
        <translation>le système de fichiers ne prend pas en charge la journalisation à écriture anticipée (WAL)</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>The offline cache %1 was written by a newer version of Sitedesk (schema %2; this version knows up to %3). It was left untouched: update Sitedesk to use it.</source>
        <translation>Le cache hors ligne %1 a été écrit par une version plus récente de Sitedesk (schéma %2&#xa0;; cette version prend en charge jusqu&apos;au schéma %3). Il n&apos;a pas été modifié&#xa0;: mettez à jour Sitedesk pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>The offline cache %1 was damaged (%2). It was moved to %3 and a new, empty cache was created; sync again to fill it.</source>
        <translation>Le cache hors ligne %1 était endommagé (%2). Il a été déplacé vers %3 et un nouveau cache vide a été créé&#xa0;; synchronisez de nouveau pour le remplir.</translation>
    </message>
    <message>
        <source>Sitedesk cannot use its offline cache at %1: %2. Check that the folder exists and is writable and that the disk has free space.</source>
        <translation>Sitedesk ne peut pas utiliser son cache hors ligne dans %1&#xa0;: %2. Vérifiez que le dossier existe, qu&apos;il est accessible en écriture et que le disque dispose d&apos;espace libre.</translation>
    </message>
</context>
<context>
    <name>sitedesk::CacheFile</name>
    <message>
        <source>it is not an SQLite database</source>
        <translation>ce n&apos;est pas une base de données SQLite</translation>
    </message>
    <message>
        <source>the damaged file could not be moved aside (%1)</source>
        <translation>le fichier endommagé n&apos;a pas pu être mis de côté (%1)</translation>
    </message>
    <message>
        <source>%1 could not be moved aside (%2)</source>
        <translation>%1 n&apos;a pas pu être mis de côté (%2)</translation>
    </message>
</context>
<context>
    <name>sitedesk::Cli</name>
    <message>
        <source>Sitedesk command line: sync Procore data into the local cache and export it.</source>
        <translation>Ligne de commande Sitedesk&#xa0;: synchronise les données Procore dans le cache local et les exporte.</translation>
    </message>
    <message>
        <source>One of: %1</source>
        <translation>Une commande parmi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Procore company id.</source>
        <translation>ID de l&apos;entreprise dans Procore.</translation>
    </message>
    <message>
        <source>Procore project id.</source>
        <translation>ID du projet dans Procore.</translation>
    </message>
    <message>
        <source>Comma-separated tools to sync (default: all). Known: %1.</source>
        <translation>Outils à synchroniser, séparés par des virgules (par défaut&#xa0;: tous). Disponibles&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Tool to export. Known: %1.</source>
        <translation>Outil à exporter. Disponibles&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Output format: json or csv (export); table, json or csv (companies, projects).</source>
        <translation>Format de sortie&#xa0;: json ou csv (export)&#xa0;; table, json ou csv (companies, projects).</translation>
    </message>
    <message>
        <source>Procore API base URL, e.g. https://api.procore.com.</source>
        <translation>URL de base de l&apos;API Procore, p. ex. https://api.procore.com.</translation>
    </message>
    <message>
        <source>Procore login base URL, e.g. https://login.procore.com.</source>
        <translation>URL de base de connexion Procore, p. ex. https://login.procore.com.</translation>
    </message>
    <message>
        <source>OAuth client id of the app registration.</source>
        <translation>ID client OAuth de l&apos;enregistrement de l&apos;application.</translation>
    </message>
    <message>
        <source>Folder of the cache database (default: the signed-in user&apos;s cache).</source>
        <translation>Dossier de la base de données du cache (par défaut&#xa0;: le cache de l&apos;utilisateur connecté).</translation>
    </message>
    <message>
        <source>Not a valid http(s) URL: %1</source>
        <translation>URL http(s) non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Expected one command: %1.</source>
        <translation>Une commande est attendue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>--%1 needs a numeric Procore id, not &quot;%2&quot;.</source>
        <translation>--%1 attend un ID Procore numérique, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>sync needs --company ID.</source>
        <translation>sync nécessite --company ID.</translation>
    </message>
    <message>
        <source>Unknown tool &quot;%1&quot;. Known tools: %2.</source>
        <translation>Outil inconnu&#xa0;: «&#xa0;%1&#xa0;». Outils disponibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; needs --project ID.</source>
        <translation>L&apos;outil «&#xa0;%1&#xa0;» nécessite --project ID.</translation>
    </message>
    <message>
        <source>export needs --tool NAME (%1).</source>
        <translation>export nécessite --tool NAME (%1).</translation>
    </message>
    <message>
        <source>Unknown tool &quot;%1&quot;. Exportable tools: %2.</source>
        <translation>Outil inconnu&#xa0;: «&#xa0;%1&#xa0;». Outils exportables&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--format must be json or csv, not &quot;%1&quot;.</source>
        <translation>--format doit valoir json ou csv, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Exporting %1 needs --company ID.</source>
        <translation>L&apos;export de %1 nécessite --company ID.</translation>
    </message>
    <message>
        <source>Exporting %1 needs --project ID.</source>
        <translation>L&apos;export de %1 nécessite --project ID.</translation>
    </message>
    <message>
        <source>projects needs --company ID.</source>
        <translation>projects nécessite --company ID.</translation>
    </message>
    <message>
        <source>--format must be table, json or csv, not &quot;%1&quot;.</source>
        <translation>--format doit valoir table, json ou csv, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Not signed in to %1. Sign in with the Sitedesk window first, or set SITEDESK_ACCESS_TOKEN.</source>
        <translation>Aucune session ouverte sur %1. Connectez-vous d&apos;abord dans la fenêtre de Sitedesk ou définissez SITEDESK_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>Nothing is cached for %1 yet. Run &quot;sitedesk sync&quot; first, or pass --data-dir.</source>
        <translation>Rien n&apos;est encore en cache pour %1. Exécutez d&apos;abord «&#xa0;sitedesk sync&#xa0;» ou indiquez --data-dir.</translation>
    </message>
    <message>
        <source>Procore did not say who is signed in.</source>
        <translation>Procore n&apos;a pas indiqué quel utilisateur est connecté.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n request(s))</source>
        <translation>
            <numerusform>%1 (%n requête)</numerusform>
            <numerusform>%1 (%n requêtes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start the sync.</source>
        <translation>Impossible de lancer la synchronisation.</translation>
    </message>
    <message>
        <source>sitedesk: %1</source>
        <translation>sitedesk&#xa0;: %1</translation>
    </message>
    <message>
        <source>Try &quot;sitedesk --help&quot; or &quot;sitedesk COMMAND --help&quot;.</source>
        <translation>Essayez «&#xa0;sitedesk --help&#xa0;» ou «&#xa0;sitedesk COMMANDE --help&#xa0;».</translation>
    </message>
</context>
<context>
    <name>sitedesk::LoopbackReceiver</name>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Only the sign-in redirect is served here.</source>
        <translation>Cette adresse ne sert qu&apos;à la redirection de connexion.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>This address only receives the Procore sign-in.</source>
        <translation>Cette adresse reçoit uniquement la connexion Procore.</translation>
    </message>
    <message>
        <source>Already signed in</source>
        <translation>Déjà connecté</translation>
    </message>
    <message>
        <source>This sign-in link was already used. You can close this tab.</source>
        <translation>Ce lien de connexion a déjà été utilisé. Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation>Connexion annulée</translation>
    </message>
    <message>
        <source>Sitedesk was not signed in. You can close this tab and return to Sitedesk.</source>
        <translation>Sitedesk n&apos;a pas été connecté. Vous pouvez fermer cet onglet et revenir à Sitedesk.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Sitedesk is signed in to Procore. You can close this tab.</source>
        <translation>Sitedesk est connecté à Procore. Vous pouvez fermer cet onglet.</translation>
    </message>
</context>
<context>
    <name>sitedesk::MainWindow</name>
    <message>
        <source>Sign in to sync with Procore.</source>
        <translation>Connectez-vous pour synchroniser avec Procore.</translation>
    </message>
    <message>
        <source>Sitedesk could not start a sync.</source>
        <translation>Sitedesk n&apos;a pas pu lancer de synchronisation.</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Sign O&amp;ut…</source>
        <translation>Se &amp;déconnecter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Sync this project with Procore (Ctrl+R, F5)</source>
        <translation>Synchroniser ce projet avec Procore (Ctrl+R, F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>&amp;Annuler la synchronisation</translation>
    </message>
    <message>
        <source>&amp;About Sitedesk</source>
        <translation>À &amp;propos de Sitedesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Sitedesk</source>
        <translation>Sitedesk</translation>
    </message>
    <message>
        <source>%1 — Sitedesk</source>
        <translation>%1 — Sitedesk</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Sign out of Procore?</source>
        <translation>Se déconnecter de Procore&#xa0;?</translation>
    </message>
    <message>
        <source>Keep the cached data to keep browsing it offline, or remove it from this computer.</source>
        <translation>Conservez les données en cache pour continuer à les consulter hors ligne, ou supprimez-les de cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Sign Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Sign Out and &amp;Remove Cached Data</source>
        <translation>Se déconnecter et &amp;supprimer les données en cache</translation>
    </message>
    <message>
        <source>About Sitedesk</source>
        <translation>À propos de Sitedesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sitedesk %1&lt;/h3&gt;&lt;p&gt;An offline-first desktop client for Procore: sign in once, sync your projects, and keep working without a network.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sitedesk %1&lt;/h3&gt;&lt;p&gt;Un client de bureau pour Procore conçu pour fonctionner hors ligne&#xa0;: connectez-vous une fois, synchronisez vos projets et continuez à travailler sans réseau.&lt;/p&gt;&lt;p&gt;Développé avec Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sitedesk::NoticeBar</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close notice</source>
        <translation>Fermer la notification</translation>
    </message>
</context>
<context>
    <name>sitedesk::OfflineBanner</name>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Offline — showing cached data. Sitedesk will sync when the network is back.</source>
        <translation>Hors ligne — affichage des données en cache. Sitedesk synchronisera au retour du réseau.</translation>
    </message>
    <message>
        <source>Offline — showing data cached on %1. Sitedesk will sync when the network is back.</source>
        <translation>Hors ligne — affichage des données mises en cache le %1. Sitedesk synchronisera au retour du réseau.</translation>
    </message>
</context>
<context>
    <name>sitedesk::PagedReply</name>
    <message>
        <source>Expected a list from %1.</source>
        <translation>Une liste était attendue de %1.</translation>
    </message>
</context>
<context>
    <name>sitedesk::PasteCodePanel</name>
    <message>
        <source>Cop&amp;y</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <source>&amp;Open Browser</source>
        <translation>Ouvrir le na&amp;vigateur</translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation>Con&amp;tinuer</translation>
    </message>
    <message>
        <source>Paste the code Procore shows</source>
        <translation>Collez le code affiché par Procore</translation>
    </message>
    <message>
        <source>Sitedesk could not receive the answer from your browser by itself. Open this address in a browser, approve Sitedesk, then paste the code you are shown.</source>
        <translation>Sitedesk n&apos;a pas pu recevoir automatiquement la réponse de votre navigateur. Ouvrez cette adresse dans un navigateur, autorisez Sitedesk, puis collez le code qui s&apos;affiche.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>Cod&amp;e&#xa0;:</translation>
    </message>
</context>
<context>
    <name>sitedesk::ProjectListView</name>
    <message>
        <source>Sync &amp;Now</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <source>Search projects by number, name, city or stage</source>
        <translation>Rechercher des projets par numéro, nom, ville ou étape</translation>
    </message>
    <message>
        <source>No projects cached yet.</source>
        <translation>Aucun projet en cache pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No projects match “%1”.</source>
        <translation>Aucun projet ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>sitedesk::ProjectPicker</name>
    <message>
        <source>Choose a Project</source>
        <translation>Choisir un projet</translation>
    </message>
    <message>
        <source>&amp;Open Project</source>
        <translation>&amp;Ouvrir le projet</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Entreprise&#xa0;:</translation>
    </message>
</context>
<context>
    <name>sitedesk::ProjectsModel</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
</context>
<context>
    <name>sitedesk::ServerSettingsForm</name>
    <message>
        <source>Unchanged (kept in the system keychain)</source>
        <translation>Inchangé (conservé dans le trousseau du système)</translation>
    </message>
    <message>
        <source>Leave empty for public app registrations. The secret is stored in the system keychain, never in a settings file.</source>
        <translation>Laissez vide pour les enregistrements d&apos;applications publiques. Le secret est stocké dans le trousseau du système, jamais dans un fichier de paramètres.</translation>
    </message>
    <message>
        <source>The port of the redirect URI registered for your app: http://localhost:PORT/callback</source>
        <translation>Le port de l&apos;URI de redirection enregistré pour votre application&#xa0;: http://localhost:PORT/callback</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Login URL:</source>
        <translation>URL de &amp;connexion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;API URL:</source>
        <translation>URL de l&apos;&amp;API&#xa0;:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client&#xa0;:</translation>
    </message>
    <message>
        <source>Client secre&amp;t:</source>
        <translation>Secre&amp;t client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Redirect port:</source>
        <translation>Port de &amp;redirection&#xa0;:</translation>
    </message>
    <message>
        <source>Enter a URL.</source>
        <translation>Saisissez une URL.</translation>
    </message>
    <message>
        <source>This is not a valid URL.</source>
        <translation>Cette URL n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The URL must start with https:// or http://.</source>
        <translation>L&apos;URL doit commencer par https:// ou http://.</translation>
    </message>
    <message>
        <source>The URL needs a host name, such as api.procore.com.</source>
        <translation>L&apos;URL doit contenir un nom d&apos;hôte, par exemple api.procore.com.</translation>
    </message>
    <message>
        <source>Enter the client ID of your Procore app.</source>
        <translation>Saisissez l&apos;ID client de votre application Procore.</translation>
    </message>
</context>
<context>
    <name>sitedesk::Session</name>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>Impossible de supprimer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>sitedesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Procore</source>
        <translation>Procore</translation>
    </message>
    <message>
        <source>Enter a full path, such as %1.</source>
        <translation>Saisissez un chemin complet, par exemple %1.</translation>
    </message>
    <message>
        <source>Offline cache</source>
        <translation>Cache hors ligne</translation>
    </message>
    <message>
        <source>Takes effect the next time Sitedesk opens a cache.</source>
        <translation>Prend effet la prochaine fois que Sitedesk ouvre un cache.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Clear Cac&amp;he…</source>
        <translation>&amp;Vider le cache…</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>Emp&amp;lacement&#xa0;:</translation>
    </message>
    <message>
        <source>Size on disk:</source>
        <translation>Taille sur le disque&#xa0;:</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Toutes les 15 minutes</translation>
    </message>
    <message>
        <source>Every 30 minutes</source>
        <translation>Toutes les 30 minutes</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Toutes les heures</translation>
    </message>
    <message>
        <source>A&amp;utomatic sync:</source>
        <translation>Synchronisation a&amp;utomatique&#xa0;:</translation>
    </message>
    <message>
        <source>Cache Location</source>
        <translation>Emplacement du cache</translation>
    </message>
    <message>
        <source>Clear Cache</source>
        <translation>Vider le cache</translation>
    </message>
    <message>
        <source>Remove all data Sitedesk has cached for this account?</source>
        <translation>Supprimer toutes les données que Sitedesk a mises en cache pour ce compte&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing changes in Procore. You will need to sync again before you can work offline.</source>
        <translation>Rien ne change dans Procore. Vous devrez synchroniser de nouveau avant de pouvoir travailler hors ligne.</translation>
    </message>
    <message>
        <source>C&amp;lear Cache</source>
        <translation>&amp;Vider le cache</translation>
    </message>
    <message>
        <source>Could not clear the cache: %1</source>
        <translation>Impossible de vider le cache&#xa0;: %1</translation>
    </message>
    <message>
        <source>No cache is open.</source>
        <translation>Aucun cache n&apos;est ouvert.</translation>
    </message>
</context>
<context>
    <name>sitedesk::SignInPage</name>
    <message>
        <source>Sign &amp;in with Procore</source>
        <translation>Se &amp;connecter avec Procore</translation>
    </message>
    <message>
        <source>C&amp;hange Server…</source>
        <translation>C&amp;hanger de serveur…</translation>
    </message>
    <message>
        <source>&amp;Back to Cached Data</source>
        <translation>&amp;Retour aux données en cache</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Your Procore projects on the desktop, also offline.</source>
        <translation>Vos projets Procore sur le bureau, même hors ligne.</translation>
    </message>
    <message>
        <source>Sitedesk</source>
        <translation>Sitedesk</translation>
    </message>
    <message>
        <source>Restoring your session…</source>
        <translation>Restauration de votre session…</translation>
    </message>
    <message>
        <source>Waiting for your browser… Approve Sitedesk there, then come back.</source>
        <translation>En attente de votre navigateur… Autorisez Sitedesk, puis revenez ici.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Waiting for the code from your browser…</source>
        <translation>En attente du code de votre navigateur…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>sitedesk::StaticTokenSource</name>
    <message>
        <source>The access token from SITEDESK_ACCESS_TOKEN was rejected or has expired.</source>
        <translation>Le jeton d&apos;accès de SITEDESK_ACCESS_TOKEN a été refusé ou a expiré.</translation>
    </message>
</context>
<context>
    <name>sitedesk::SyncEngine</name>
    <message>
        <source>Syncing %1 (%2 of %3 pages)…</source>
        <translation>Synchronisation&#xa0;: %1 (page %2 sur %3)…</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>Synchronisation&#xa0;: %1…</translation>
    </message>
</context>
<context>
    <name>sitedesk::SyncStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the sync (Esc)</source>
        <translation>Annuler la synchronisation (Esc)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Procore is reachable.</source>
        <translation>Procore est accessible.</translation>
    </message>
    <message>
        <source>Procore cannot be reached; showing cached data.</source>
        <translation>Procore est injoignable&#xa0;; affichage des données en cache.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Last synced just now</source>
        <translation>Dernière synchronisation&#xa0;: à l&apos;instant</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last synced yesterday %1</source>
        <translation>Dernière synchronisation&#xa0;: hier à %1</translation>
    </message>
    <message>
        <source>API %1/%2</source>
        <translation>API %1/%2</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Dernière synchronisation réussie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Procore API requests left in this rate-limit window; the budget resets at %1.</source>
        <translation>Requêtes restantes à l&apos;API Procore dans cette fenêtre de limitation&#xa0;; le quota est réinitialisé à %1.</translation>
    </message>
    <message>
        <source>Procore API requests left in this rate-limit window.</source>
        <translation>Requêtes restantes à l&apos;API Procore dans cette fenêtre de limitation.</translation>
    </message>
</context>
<context>
    <name>sitedesk::WorkspacePage</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Choose another project (Ctrl+O)</source>
        <translation>Choisir un autre projet (Ctrl+O)</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>&amp;Entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>You are signed out. Cached data is shown; sign in to sync.</source>
        <translation>Vous êtes déconnecté. Les données en cache sont affichées&#xa0;; connectez-vous pour synchroniser.</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>&amp;Projets</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Choose a Project…</source>
        <translation>Choisir un projet…</translation>
    </message>
</context>
</TS>
