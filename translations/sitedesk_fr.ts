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
    <message>
        <source>The disk is full: Sitedesk could not save what it downloaded. Free some space on the disk that holds the cache and sync again.</source>
        <translation>Le disque est plein&#xa0;: Sitedesk n&apos;a pas pu enregistrer ce qu&apos;il a téléchargé. Libérez de l&apos;espace sur le disque du cache et synchronisez de nouveau.</translation>
    </message>
</context>
<context>
    <name>DailyLogField</name>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Sky</source>
        <translation>Ciel</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Precipitation</source>
        <translation>Précipitations</translation>
    </message>
    <message>
        <source>Wind</source>
        <translation>Vent</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Sol</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Travailleurs</translation>
    </message>
    <message>
        <source>Hours each</source>
        <translation>Heures par travailleur</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Hours operating</source>
        <translation>Heures d&apos;utilisation</translation>
    </message>
    <message>
        <source>Hours idle</source>
        <translation>Heures d&apos;inactivité</translation>
    </message>
    <message>
        <source>Delivery from</source>
        <translation>Livré par</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Émis à</translation>
    </message>
    <message>
        <source>Safety notice</source>
        <translation>Avis de sécurité</translation>
    </message>
</context>
<context>
    <name>DailyLogReport</name>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>Daily Report – %1 – %2</source>
        <translation>Rapport quotidien – %1 – %2</translation>
    </message>
    <message>
        <source>Could not start the PDF.</source>
        <translation>Impossible de créer le PDF.</translation>
    </message>
</context>
<context>
    <name>DailyLogType</name>
    <message>
        <source>Manpower</source>
        <translation>Main-d&apos;œuvre</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Météo</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>Safety Violations</source>
        <translation>Infractions à la sécurité</translation>
    </message>
    <message>
        <source>Accidents</source>
        <translation>Accidents</translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation>Productivité</translation>
    </message>
    <message>
        <source>Scheduled Work</source>
        <translation>Travaux planifiés</translation>
    </message>
    <message>
        <source>Daily Construction Report</source>
        <translation>Rapport de chantier quotidien</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <source>Quantities</source>
        <translation>Quantités</translation>
    </message>
    <message>
        <source>Waste</source>
        <translation>Déchets</translation>
    </message>
    <message>
        <source>Dumpsters</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <source>Plan Revisions</source>
        <translation>Révisions de plans</translation>
    </message>
    <message>
        <source>Timecard Entries</source>
        <translation>Entrées de feuilles de temps</translation>
    </message>
</context>
<context>
    <name>DrawingFileUrls</name>
    <message>
        <source>This sheet is no longer in the drawing log. Sync again.</source>
        <translation>Ce plan n&apos;est plus dans le journal des plans. Synchronisez de nouveau.</translation>
    </message>
    <message>
        <source>Procore sent no new link for this sheet.</source>
        <translation>Procore n&apos;a pas envoyé de nouveau lien pour ce plan.</translation>
    </message>
</context>
<context>
    <name>DrawingTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ExportSources</name>
    <message>
        <source>Budget view %1 is not cached for project %2. Run &quot;sitedesk sync --tools budget&quot; first.</source>
        <translation>La vue budgétaire %1 n&apos;est pas en cache pour le projet %2. Exécutez d&apos;abord «&#xa0;sitedesk sync --tools budget&#xa0;».</translation>
    </message>
    <message>
        <source>No budget view is cached for project %1. Run &quot;sitedesk sync --tools budget&quot; first.</source>
        <translation>Aucune vue budgétaire n&apos;est en cache pour le projet %1. Exécutez d&apos;abord «&#xa0;sitedesk sync --tools budget&#xa0;».</translation>
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
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>&amp;Photos</source>
        <translation>Ph&amp;otos</translation>
    </message>
    <message>
        <source>&amp;Daily Log</source>
        <translation>&amp;Journal quotidien</translation>
    </message>
    <message>
        <source>Dra&amp;wings</source>
        <translation>P&amp;lans</translation>
    </message>
    <message>
        <source>&amp;Submittals</source>
        <translation>Sou&amp;missions</translation>
    </message>
</context>
<context>
    <name>OutboxStore</name>
    <message>
        <source>Sitedesk stopped while sending this. It may already be in Procore: check there, then send it again or discard it.</source>
        <translation>Sitedesk s&apos;est arrêté pendant l&apos;envoi. La modification est peut-être déjà dans Procore&#xa0;: vérifiez-le, puis renvoyez-la ou abandonnez-la.</translation>
    </message>
</context>
<context>
    <name>PhotoFileUrls</name>
    <message>
        <source>This photo is no longer in the album. Sync again.</source>
        <translation>Cette photo n&apos;est plus dans l&apos;album. Synchronisez de nouveau.</translation>
    </message>
    <message>
        <source>Procore sent no new link for this photo.</source>
        <translation>Procore n&apos;a pas envoyé de nouveau lien pour cette photo.</translation>
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
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Daily Log</source>
        <translation>Journal quotidien</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Drawings</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Submittals</source>
        <translation>Soumissions</translation>
    </message>
</context>
<context>
    <name>UploadPlan</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file became shorter while it was read.</source>
        <translation>Le fichier a raccourci pendant sa lecture.</translation>
    </message>
    <message>
        <source>The file became longer while it was read.</source>
        <translation>Le fichier s&apos;est allongé pendant sa lecture.</translation>
    </message>
</context>
<context>
    <name>sitedesk::AlbumOffline</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop, and keep none of this album&apos;s photos offline</source>
        <translation>Arrêter, et ne conserver hors ligne aucune photo de cet album</translation>
    </message>
    <message>
        <source>Open a project to keep its photos offline.</source>
        <translation>Ouvrez un projet pour conserver ses photos hors ligne.</translation>
    </message>
    <message>
        <source>An album is still being made available offline. Cancel that first, or wait for it.</source>
        <translation>Un album est encore en cours de téléchargement pour le mode hors ligne. Annulez-le d&apos;abord, ou attendez la fin.</translation>
    </message>
    <message>
        <source>There are no photos in %1.</source>
        <translation>Il n&apos;y a aucune photo dans l&apos;album «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Keep Album Offline</source>
        <translation>Conserver l&apos;album hors ligne</translation>
    </message>
    <message numerus="yes">
        <source>Keep the %n photo(s) of %1 on this computer?</source>
        <translation>
            <numerusform>Conserver la %n photo de l&apos;album «&#xa0;%1&#xa0;» sur cet ordinateur&#xa0;?</numerusform>
            <numerusform>Conserver les %n photos de l&apos;album «&#xa0;%1&#xa0;» sur cet ordinateur&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every one is on this computer already: nothing to download.</source>
        <translation>Tous sont déjà sur cet ordinateur&#xa0;: rien à télécharger.</translation>
    </message>
    <message numerus="yes">
        <source>About %1 to download for %n photo(s).</source>
        <translation>
            <numerusform>Environ %1 à télécharger pour %n photo.</numerusform>
            <numerusform>Environ %1 à télécharger pour %n photos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Photos kept offline open full size with no network and are never removed to save space.</source>
        <translation>Les photos conservées hors ligne s&apos;ouvrent en taille réelle sans réseau et ne sont jamais supprimées pour libérer de l&apos;espace.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>%1: %2 of %3 photos offline (%4 downloaded)…</source>
        <translation>%1&#xa0;: %2 photos sur %3 hors ligne (%4 téléchargés)…</translation>
    </message>
    <message>
        <source>Cancelled: the photos of %1 are not kept offline (those kept before stay).</source>
        <translation>Annulé&#xa0;: les photos de l&apos;album «&#xa0;%1&#xa0;» ne sont pas conservées hors ligne (celles conservées auparavant le restent).</translation>
    </message>
    <message numerus="yes">
        <source>%1: all %n photo(s) are available offline.</source>
        <translation>
            <numerusform>%1&#xa0;: %n photo disponible hors ligne.</numerusform>
            <numerusform>%1&#xa0;: les %n photos sont disponibles hors ligne.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 photos are available offline; %4 could not be downloaded: %5</source>
        <translation>%1&#xa0;: %2 photos sur %3 sont disponibles hors ligne&#xa0;; %4 n&apos;ont pas pu être téléchargées&#xa0;: %5</translation>
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
    <name>sitedesk::AttachmentFiles</name>
    <message>
        <source>kept offline</source>
        <translation>conservé hors ligne</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>sur cet ordinateur</translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>Aucun programme de cet ordinateur ne peut ouvrir %1.</translation>
    </message>
    <message>
        <source>Open a project to see its attachments.</source>
        <translation>Ouvrez un projet pour voir ses pièces jointes.</translation>
    </message>
    <message>
        <source>%1 is not on this computer, and Sitedesk cannot reach Procore to get it.</source>
        <translation>%1 n&apos;est pas sur cet ordinateur, et Sitedesk ne peut pas joindre Procore pour l&apos;obtenir.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
    <message>
        <source>Downloading %1… %2%</source>
        <translation>Téléchargement de %1… %2&#xa0;%</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>Impossible de télécharger %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is kept on this computer.</source>
        <translation>%1 est conservé sur cet ordinateur.</translation>
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
    <name>sitedesk::BudgetChartPanel</name>
    <message>
        <source>Nothing to chart yet.</source>
        <translation>Rien à afficher dans le graphique pour le moment.</translation>
    </message>
    <message>
        <source>Budget, committed and projected by division (%1)</source>
        <translation>Budget, engagé et projeté par division (%1)</translation>
    </message>
    <message>
        <source>amounts</source>
        <translation>montants</translation>
    </message>
    <message>
        <source>Click a bar to show only that division in the table.</source>
        <translation>Cliquez sur une barre pour n&apos;afficher que cette division dans le tableau.</translation>
    </message>
    <message>
        <source>Budget modifications per month, %1 – %2</source>
        <translation>Modifications budgétaires par mois, %1 – %2</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transféré</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Total cumulé</translation>
    </message>
</context>
<context>
    <name>sitedesk::BudgetModificationsModel</name>
    <message>
        <source>(added to the budget)</source>
        <translation>(ajouté au budget)</translation>
    </message>
    <message>
        <source>Line item %1</source>
        <translation>Poste %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>sitedesk::BudgetTab</name>
    <message>
        <source>&amp;Over budget only</source>
        <translation>&amp;Dépassements seulement</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vue&#xa0;:</translation>
    </message>
    <message>
        <source>Filter by cost code, division or cost type</source>
        <translation>Filtrer par code de coût, division ou type de coût</translation>
    </message>
    <message>
        <source>Show all divisions</source>
        <translation>Afficher toutes les divisions</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>CSV for Excel…</source>
        <translation>CSV pour Excel…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>E&amp;xpand All</source>
        <translation>Tout dév&amp;elopper</translation>
    </message>
    <message>
        <source>Co&amp;llapse All</source>
        <translation>Tout &amp;réduire</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Modifications</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Direct Costs</source>
        <translation>Coûts directs</translation>
    </message>
    <message>
        <source>Division: %1</source>
        <translation>Division&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose a project to see its budget.</source>
        <translation>Choisissez un projet pour voir son budget.</translation>
    </message>
    <message>
        <source>No budget is cached for this project yet. Sync to download it; it stays readable offline.</source>
        <translation>Aucun budget n&apos;est encore en cache pour ce projet. Synchronisez pour le télécharger&#xa0;; il restera consultable hors ligne.</translation>
    </message>
    <message>
        <source>This budget view has no lines.</source>
        <translation>Cette vue budgétaire n&apos;a aucune ligne.</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>Export Budget</source>
        <translation>Exporter le budget</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>sitedesk::BudgetTreeModel</name>
    <message>
        <source>Grand Total</source>
        <translation>Total général</translation>
    </message>
    <message>
        <source>No division</source>
        <translation>Sans division</translation>
    </message>
    <message>
        <source>No cost code</source>
        <translation>Sans code de coût</translation>
    </message>
    <message>
        <source>Cost Code</source>
        <translation>Code de coût</translation>
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
    <message>
        <source>--from, --to and --type apply to --tool daily_log only.</source>
        <translation>--from, --to et --type ne s&apos;appliquent qu&apos;à --tool daily_log.</translation>
    </message>
    <message>
        <source>--%1 must be a date YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 doit être une date AAAA-MM-JJ, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to ne doit pas être antérieur à --from.</translation>
    </message>
    <message>
        <source>Unknown daily log type &quot;%1&quot;. Known types: %2.</source>
        <translation>Type de journal quotidien inconnu&#xa0;: «&#xa0;%1&#xa0;». Types disponibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Submittal to attach the files of upload to.</source>
        <translation>Soumission à laquelle joindre les fichiers de upload.</translation>
    </message>
    <message>
        <source>Photo album (image category) to add the photos of upload to, instead of --submittal.</source>
        <translation>Album photo (catégorie d&apos;images) auquel ajouter les photos de upload, au lieu de --submittal.</translation>
    </message>
    <message>
        <source>Drawing set for offline --tool drawings (default: every current sheet).</source>
        <translation>Jeu de plans pour offline --tool drawings (par défaut&#xa0;: tous les plans en vigueur).</translation>
    </message>
    <message>
        <source>Budget view id for export --tool budget (default: the project&apos;s first view).</source>
        <translation>ID de la vue budgétaire pour export --tool budget (par défaut&#xa0;: la première vue du projet).</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD) for export --tool daily_log.</source>
        <translation>Premier jour (AAAA-MM-JJ) pour export --tool daily_log.</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD) for export --tool daily_log.</source>
        <translation>Dernier jour (AAAA-MM-JJ) pour export --tool daily_log.</translation>
    </message>
    <message>
        <source>Daily log type for export --tool daily_log, e.g. manpower or notes (default: every type).</source>
        <translation>Type de journal quotidien pour export --tool daily_log, p. ex. manpower ou notes (par défaut&#xa0;: tous les types).</translation>
    </message>
    <message>
        <source>--view applies to --tool budget only.</source>
        <translation>--view ne s&apos;applique qu&apos;à --tool budget.</translation>
    </message>
    <message>
        <source>Sent %1 change(s) to Procore.</source>
        <translation>Modifications envoyées à Procore&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 change(s) still wait; open the Outbox in Sitedesk to see why.</source>
        <translation>Modifications encore en attente&#xa0;: %1. Ouvrez la boîte d&apos;envoi dans Sitedesk pour en voir la raison.</translation>
    </message>
    <message>
        <source>offline needs --tool drawings.</source>
        <translation>offline nécessite --tool drawings.</translation>
    </message>
    <message>
        <source>offline needs --project ID.</source>
        <translation>offline nécessite --project ID.</translation>
    </message>
    <message>
        <source>No drawings of project %1 are cached%2. Run &quot;sitedesk sync --tools drawings&quot; first.</source>
        <translation>Aucun plan du projet %1 n&apos;est en cache%2. Exécutez d&apos;abord «&#xa0;sitedesk sync --tools drawings&#xa0;».</translation>
    </message>
    <message>
        <source> in drawing set %1</source>
        <translation> dans le jeu de plans %1</translation>
    </message>
    <message>
        <source>%1 of %2 sheets done</source>
        <translation>%1 plans sur %2 terminés</translation>
    </message>
    <message>
        <source>%1 of %2 sheets could not be kept offline.</source>
        <translation>%1 plans sur %2 n&apos;ont pas pu être conservés hors ligne.</translation>
    </message>
    <message>
        <source>upload takes either --submittal ID or --album ID, not both.</source>
        <translation>upload accepte --submittal ID ou --album ID, pas les deux.</translation>
    </message>
    <message>
        <source>upload needs --project ID and --submittal ID (or --album ID for photos).</source>
        <translation>upload nécessite --project ID et --submittal ID (ou --album ID pour les photos).</translation>
    </message>
    <message>
        <source>upload needs at least one FILE.</source>
        <translation>upload nécessite au moins un FICHIER.</translation>
    </message>
    <message>
        <source>Project %1 is not in the cache: pass --company ID or run &quot;sitedesk sync&quot; first.</source>
        <translation>Le projet %1 n&apos;est pas dans le cache&#xa0;: indiquez --company ID ou exécutez d&apos;abord «&#xa0;sitedesk sync&#xa0;».</translation>
    </message>
    <message>
        <source>No file to upload.</source>
        <translation>Aucun fichier à téléverser.</translation>
    </message>
    <message>
        <source>%1: %2% (%3/s)</source>
        <translation>%1&#xa0;: %2&#xa0;% (%3/s)</translation>
    </message>
    <message>
        <source>%1: added to album %2.</source>
        <translation>%1&#xa0;: ajouté à l&apos;album %2.</translation>
    </message>
    <message>
        <source>%1: attached to submittal %2.</source>
        <translation>%1&#xa0;: joint à la soumission %2.</translation>
    </message>
    <message>
        <source>sitedesk: %1: not attached: %2</source>
        <translation>sitedesk&#xa0;: %1&#xa0;: non joint&#xa0;: %2</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not attached; run the same command again to resume.</source>
        <translation>
            <numerusform>%n fichier non joint&#xa0;; relancez la même commande pour reprendre.</numerusform>
            <numerusform>%n fichiers non joints&#xa0;; relancez la même commande pour reprendre.</numerusform>
        </translation>
    </message>
    <message>
        <source>sync: also read in full what is otherwise read in full every six hours (each drawing area&apos;s drawings, the submittals&apos; count), to see at once what was deleted in Procore.</source>
        <translation>sync : relire aussi en entier ce qui ne l&apos;est que toutes les six heures (les plans de chaque zone, le nombre de soumissions), pour voir tout de suite ce qui a été supprimé dans Procore.</translation>
    </message>
</context>
<context>
    <name>sitedesk::DailyLogDayModel</name>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n travailleur</numerusform>
            <numerusform>%n travailleurs</numerusform>
        </translation>
    </message>
    <message>
        <source>(no details)</source>
        <translation>(aucun détail)</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Travailleurs</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · Attached: %2</source>
        <translation>%1 · Pièces jointes&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1
Attached: %2</source>
        <translation>%1
Pièces jointes&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>sitedesk::DailyLogEntryDialog</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Saved at once; sent to Procore when online.</source>
        <translation>Enregistré immédiatement&#xa0;; envoyé à Procore dès que la connexion est disponible.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Building 1&gt;Level 2</source>
        <translation>Bâtiment 1&gt;Niveau 2</translation>
    </message>
    <message>
        <source>Separate the tiers with &apos;&gt;&apos;, as Procore does: Building 1&gt;Level 2&gt;Room 204</source>
        <translation>Séparez les niveaux par &apos;&gt;&apos;, comme dans Procore&#xa0;: Bâtiment 1&gt;Niveau 2&gt;Pièce 204</translation>
    </message>
    <message>
        <source>Procore did not accept this entry. Correct it and save to send it again.</source>
        <translation>Procore n&apos;a pas accepté cette entrée. Corrigez-la et enregistrez-la pour la renvoyer.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
</context>
<context>
    <name>sitedesk::DailyLogRangeModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Travailleurs</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>sitedesk::DailyLogRangePage</name>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filtre&#xa0;:</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Toutes les entreprises</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Tous les emplacements</translation>
    </message>
    <message>
        <source>Choose a project to see its daily log.</source>
        <translation>Choisissez un projet pour voir son journal quotidien.</translation>
    </message>
    <message>
        <source>No daily log entries from %1 to %2.</source>
        <translation>Aucune entrée du journal quotidien du %1 au %2.</translation>
    </message>
    <message>
        <source>Manpower in the entries listed: %1 workers, %2 man-hours</source>
        <translation>Main-d&apos;œuvre des entrées affichées&#xa0;: %1 travailleurs, %2 heures-personnes</translation>
    </message>
</context>
<context>
    <name>sitedesk::DailyLogReportLayout</name>
    <message>
        <source>Daily Report</source>
        <translation>Rapport quotidien</translation>
    </message>
    <message>
        <source>No daily log entries for these days.</source>
        <translation>Aucune entrée du journal quotidien pour ces jours.</translation>
    </message>
    <message>
        <source>%1 (No. %2)</source>
        <translation>%1 (N° %2)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Travailleurs</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>%1 (%n)</source>
        <translation>%1 (%n)</translation>
    </message>
    <message>
        <source>No company</source>
        <translation>Sans entreprise</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Manpower by company</source>
        <translation>Main-d&apos;œuvre par entreprise</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Man-hours</source>
        <translation>Heures-personnes</translation>
    </message>
</context>
<context>
    <name>sitedesk::DailyLogTab</name>
    <message>
        <source>Days in bold have daily log entries.</source>
        <translation>Les jours en gras ont des entrées dans le journal quotidien.</translation>
    </message>
    <message>
        <source>Manpower this day</source>
        <translation>Main-d&apos;œuvre de ce jour</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week or Month</source>
        <translation>Semaine ou mois</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n entries</source>
        <translation>
            <numerusform>%1 · %n entrée</numerusform>
            <numerusform>%1 · %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a project to see its daily log.</source>
        <translation>Choisissez un projet pour voir son journal quotidien.</translation>
    </message>
    <message>
        <source>No daily log is cached for this project yet. Sync to download it; it stays readable offline.</source>
        <translation>Aucun journal quotidien n&apos;est encore en cache pour ce projet. Synchronisez pour le télécharger&#xa0;; il restera consultable hors ligne.</translation>
    </message>
    <message>
        <source>This project has no daily log entries in Procore yet. Use Add to write the first one.</source>
        <translation>Ce projet n&apos;a encore aucune entrée de journal quotidien dans Procore. Utilisez Ajouter pour rédiger la première.</translation>
    </message>
    <message>
        <source>No daily log entries on %1.
Pick a day shown in bold in the calendar, or use Add to write one.</source>
        <translation>Aucune entrée du journal quotidien le %1.
Choisissez un jour en gras dans le calendrier, ou utilisez Ajouter pour en rédiger une.</translation>
    </message>
    <message>
        <source>Sitedesk cannot edit %1 entries yet; change them in Procore.</source>
        <translation>Sitedesk ne peut pas encore modifier les entrées de type %1&#xa0;; modifiez-les dans Procore.</translation>
    </message>
    <message>
        <source>The entry was not saved: %1</source>
        <translation>L&apos;entrée n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Manpower was not copied: %1</source>
        <translation>La main-d&apos;œuvre n&apos;a pas été copiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no earlier day with manpower to copy.</source>
        <translation>Aucun jour précédent ne contient de main-d&apos;œuvre à copier.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n manpower entries; they are sent to Procore when online.</source>
        <translation>
            <numerusform>%n entrée de main-d&apos;œuvre copiée&#xa0;; elle sera envoyée à Procore dès que la connexion est disponible.</numerusform>
            <numerusform>%n entrées de main-d&apos;œuvre copiées&#xa0;; elles seront envoyées à Procore dès que la connexion est disponible.</numerusform>
        </translation>
    </message>
    <message>
        <source>daily-log-%1</source>
        <translation>journal-quotidien-%1</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Daily Log</source>
        <translation>Exporter le journal quotidien</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Drop photos or files on an entry to attach them in Procore.</source>
        <translation>Déposez des photos ou des fichiers sur une entrée pour les joindre dans Procore.</translation>
    </message>
    <message>
        <source>Drop the files on an entry: they are attached to the entry they fall on.</source>
        <translation>Déposez les fichiers sur une entrée&#xa0;: ils sont joints à l&apos;entrée sur laquelle ils sont déposés.</translation>
    </message>
    <message>
        <source>Procore does not take files on %1 entries. Drop them on a note, manpower, delivery or other entry instead.</source>
        <translation>Procore n&apos;accepte pas de fichiers sur les entrées %1. Déposez-les plutôt sur une note, une entrée de main-d&apos;œuvre, une livraison ou une autre entrée.</translation>
    </message>
    <message>
        <source>This %1 entry is not in Procore yet (it waits to be sent), so it cannot take files. Drop them again once it has been sent.</source>
        <translation>Cette entrée %1 n&apos;est pas encore dans Procore (elle attend d&apos;être envoyée) et ne peut donc pas recevoir de fichiers. Déposez-les de nouveau une fois qu&apos;elle aura été envoyée.</translation>
    </message>
    <message numerus="yes">
        <source>Attaching %n file(s) to the %1 entry; View ▸ Uploads shows their progress.</source>
        <translation>
            <numerusform>Ajout de %n fichier à l&apos;entrée %1&#xa0;; Affichage ▸ Téléversements montre la progression.</numerusform>
            <numerusform>Ajout de %n fichiers à l&apos;entrée %1&#xa0;; Affichage ▸ Téléversements montre la progression.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach files to the %1 entry</source>
        <translation>Joindre des fichiers à l&apos;entrée %1</translation>
    </message>
</context>
<context>
    <name>sitedesk::DailyLogToolbar</name>
    <message>
        <source>&amp;Previous Day</source>
        <translation>Jour &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Next Day</source>
        <translation>Jour &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>&amp;Edit Entry…</source>
        <translation>&amp;Modifier l&apos;entrée…</translation>
    </message>
    <message>
        <source>&amp;Copy Manpower from Previous Day</source>
        <translation>&amp;Copier la main-d&apos;œuvre de la veille</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Add an entry to this day (saved at once, sent to Procore when online)</source>
        <translation>Ajouter une entrée à ce jour (enregistrée immédiatement, envoyée à Procore dès que la connexion est disponible)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Day as PDF Report…</source>
        <translation>Jour en rapport PDF…</translation>
    </message>
    <message>
        <source>Day as CSV…</source>
        <translation>Jour en CSV…</translation>
    </message>
    <message>
        <source>Week or Month as PDF Report…</source>
        <translation>Semaine ou mois en rapport PDF…</translation>
    </message>
    <message>
        <source>Week or Month as CSV…</source>
        <translation>Semaine ou mois en CSV…</translation>
    </message>
    <message>
        <source>Attach F&amp;iles…</source>
        <translation>Joindre des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Upload files to Procore and attach them to the chosen entry (or drop files on the entry)</source>
        <translation>Téléverser des fichiers dans Procore et les joindre à l&apos;entrée choisie (ou déposez les fichiers sur l&apos;entrée)</translation>
    </message>
</context>
<context>
    <name>sitedesk::DailyLogWriter</name>
    <message>
        <source>Sign in and choose a project to add daily log entries.</source>
        <translation>Connectez-vous et choisissez un projet pour ajouter des entrées au journal quotidien.</translation>
    </message>
    <message>
        <source>New %1 entry for %2</source>
        <translation>Nouvelle entrée %1 pour le %2</translation>
    </message>
    <message>
        <source>Edit %1 entry of %2</source>
        <translation>Modification de l&apos;entrée %1 du %2</translation>
    </message>
    <message>
        <source>This change is being sent right now; edit it again in a moment.</source>
        <translation>Cette modification est en cours d&apos;envoi&#xa0;; modifiez-la de nouveau dans un instant.</translation>
    </message>
    <message>
        <source>This change was already sent to Procore.</source>
        <translation>Cette modification a déjà été envoyée à Procore.</translation>
    </message>
</context>
<context>
    <name>sitedesk::DateRangeFilter</name>
    <message>
        <source>Any time</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>From… to…</source>
        <translation>Du… au…</translation>
    </message>
    <message>
        <source>Show photos taken in this period</source>
        <translation>Afficher les photos prises pendant cette période</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prise</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Taken from</source>
        <translation>Prise à partir du</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Taken until</source>
        <translation>Prise jusqu&apos;au</translation>
    </message>
</context>
<context>
    <name>sitedesk::DirectCostsModel</name>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Dépense</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>Paie</translation>
    </message>
    <message>
        <source>Subcontractor invoice</source>
        <translation>Facture de sous-traitant</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Revise and resubmit</source>
        <translation>Réviser et soumettre à nouveau</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Invoice #</source>
        <translation>N° de facture</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>sitedesk::DrawingLogFilterBar</name>
    <message>
        <source>Current only</source>
        <translation>En vigueur seulement</translation>
    </message>
    <message>
        <source>Search sheet number or title</source>
        <translation>Rechercher un numéro ou un titre de plan</translation>
    </message>
    <message>
        <source>Show the sheets of one drawing set</source>
        <translation>Afficher les plans d&apos;un jeu de plans</translation>
    </message>
    <message>
        <source>Show the sheets of one discipline</source>
        <translation>Afficher les plans d&apos;une discipline</translation>
    </message>
    <message>
        <source>Show only each sheet&apos;s current revision; clear it to list every revision</source>
        <translation>Afficher uniquement la révision en vigueur de chaque plan&#xa0;; décochez pour lister toutes les révisions</translation>
    </message>
    <message>
        <source>All drawing sets</source>
        <translation>Tous les jeux de plans</translation>
    </message>
    <message>
        <source>All disciplines</source>
        <translation>Toutes les disciplines</translation>
    </message>
</context>
<context>
    <name>sitedesk::DrawingLogModel</name>
    <message>
        <source>Kept offline</source>
        <translation>Conservé hors ligne</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>Opens from Procore</source>
        <translation>S&apos;ouvre depuis Procore</translation>
    </message>
    <message>
        <source>New since you last opened this sheet</source>
        <translation>Nouveau depuis votre dernière ouverture de ce plan</translation>
    </message>
    <message>
        <source>Superseded: not the current revision of this sheet</source>
        <translation>Remplacé&#xa0;: ce n&apos;est pas la révision en vigueur de ce plan</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Drawing set</source>
        <translation>Jeu de plans</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Drawing date</source>
        <translation>Date du plan</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
</context>
<context>
    <name>sitedesk::DrawingRevisionsModel</name>
    <message>
        <source>Current</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>kept offline</source>
        <translation>conservé hors ligne</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>sur cet ordinateur</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>Rév.</translation>
    </message>
    <message>
        <source>Drawing set</source>
        <translation>Jeu de plans</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>sitedesk::DrawingSheetPane</name>
    <message>
        <source>Revision history</source>
        <translation>Historique des révisions</translation>
    </message>
    <message>
        <source>Choose a sheet in the log to see it here.</source>
        <translation>Choisissez un plan dans le journal pour le voir ici.</translation>
    </message>
    <message>
        <source>%1 – %2 (revision %3)</source>
        <translation>%1 – %2 (révision %3)</translation>
    </message>
    <message>
        <source>Open a project to see its drawings.</source>
        <translation>Ouvrez un projet pour voir ses plans.</translation>
    </message>
    <message>
        <source>This sheet is not on this computer, and Sitedesk cannot reach Procore to get it.</source>
        <translation>Ce plan n&apos;est pas sur cet ordinateur, et Sitedesk ne peut pas joindre Procore pour l&apos;obtenir.</translation>
    </message>
</context>
<context>
    <name>sitedesk::DrawingTreeModel</name>
    <message>
        <source>No area</source>
        <translation>Sans zone</translation>
    </message>
    <message>
        <source>All drawings</source>
        <translation>Tous les plans</translation>
    </message>
    <message>
        <source>No discipline</source>
        <translation>Sans discipline</translation>
    </message>
    <message>
        <source>Areas and disciplines</source>
        <translation>Zones et disciplines</translation>
    </message>
</context>
<context>
    <name>sitedesk::DrawingViewer</name>
    <message>
        <source>◀ Sheet</source>
        <translation>◀ Plan</translation>
    </message>
    <message>
        <source>Previous sheet in the log (Alt+Up)</source>
        <translation>Plan précédent du journal (Alt+Up)</translation>
    </message>
    <message>
        <source>Sheet ▶</source>
        <translation>Plan ▶</translation>
    </message>
    <message>
        <source>Next sheet in the log (Alt+Down)</source>
        <translation>Plan suivant du journal (Alt+Down)</translation>
    </message>
    <message>
        <source>‹</source>
        <translation>‹</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Page précédente (Page Up)</translation>
    </message>
    <message>
        <source>›</source>
        <translation>›</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Page suivante (Page Down)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Zoom arrière (Ctrl+−)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Ajuster à la page</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Keep offline</source>
        <translation>Conserver hors ligne</translation>
    </message>
    <message>
        <source>Keep this sheet on this computer, to open it without a network</source>
        <translation>Conserver ce plan sur cet ordinateur pour l&apos;ouvrir sans réseau</translation>
    </message>
    <message>
        <source>Choose a sheet in the log to see it here.</source>
        <translation>Choisissez un plan dans le journal pour le voir ici.</translation>
    </message>
    <message>
        <source>This sheet&apos;s file cannot be read (%1). Remove it from this computer and open it again.</source>
        <translation>Impossible de lire le fichier de ce plan (%1). Supprimez-le de cet ordinateur et ouvrez-le de nouveau.</translation>
    </message>
    <message>
        <source>Downloading %1 …</source>
        <translation>Téléchargement de %1 …</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>sitedesk::DrawingsOfflineBar</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop, and keep none of these sheets offline</source>
        <translation>Arrêter, et ne conserver aucun de ces plans hors ligne</translation>
    </message>
    <message>
        <source>Open a project to keep its sheets offline.</source>
        <translation>Ouvrez un projet pour conserver ses plans hors ligne.</translation>
    </message>
    <message>
        <source>Sheets are still being made available offline. Cancel that first, or wait for it.</source>
        <translation>Des plans sont encore en cours de téléchargement pour le mode hors ligne. Annulez-le d&apos;abord, ou attendez la fin.</translation>
    </message>
    <message>
        <source>There are no sheets in %1.</source>
        <translation>Il n&apos;y a aucun plan dans %1.</translation>
    </message>
    <message>
        <source>Make Available Offline</source>
        <translation>Rendre disponible hors ligne</translation>
    </message>
    <message numerus="yes">
        <source>Make %n sheet(s) of %1 available offline?</source>
        <translation>
            <numerusform>Rendre %n plan (%1) disponible hors ligne&#xa0;?</numerusform>
            <numerusform>Rendre %n plans (%1) disponibles hors ligne&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every one is on this computer already: nothing to download.</source>
        <translation>Tous sont déjà sur cet ordinateur&#xa0;: rien à télécharger.</translation>
    </message>
    <message numerus="yes">
        <source>About %1 to download for %n sheet(s).</source>
        <translation>
            <numerusform>Environ %1 à télécharger pour %n plan.</numerusform>
            <numerusform>Environ %1 à télécharger pour %n plans.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) already on this computer.</source>
        <translation>
            <numerusform>%n plan déjà sur cet ordinateur.</numerusform>
            <numerusform>%n plans déjà sur cet ordinateur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Procore gives no size for %n of them.</source>
        <translation>
            <numerusform>Procore n&apos;indique pas la taille de %n d&apos;entre eux.</numerusform>
            <numerusform>Procore n&apos;indique pas la taille de %n d&apos;entre eux.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheets kept offline open with no network and are never removed to save space.</source>
        <translation>Les plans conservés hors ligne s&apos;ouvrent sans réseau et ne sont jamais supprimés pour libérer de l&apos;espace.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>%1: %2 of %3 sheets offline (%4 downloaded)</source>
        <translation>%1&#xa0;: %2 plans sur %3 hors ligne (%4 téléchargés)</translation>
    </message>
    <message>
        <source>Paused. %1</source>
        <translation>En pause. %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Go on downloading</source>
        <translation>Poursuivre le téléchargement</translation>
    </message>
    <message>
        <source>Let the sheets on their way finish, and start no more</source>
        <translation>Laisser se terminer les plans en cours, sans en lancer d&apos;autres</translation>
    </message>
    <message>
        <source>Cancelled: the sheets of %1 are not kept offline (those kept before stay).</source>
        <translation>Annulé&#xa0;: les plans (%1) ne sont pas conservés hors ligne (ceux conservés auparavant le restent).</translation>
    </message>
    <message numerus="yes">
        <source>%1: all %n sheet(s) are available offline.</source>
        <translation>
            <numerusform>%1&#xa0;: %n plan disponible hors ligne.</numerusform>
            <numerusform>%1&#xa0;: les %n plans sont disponibles hors ligne.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 sheets are available offline; %4 could not be downloaded.</source>
        <translation>%1&#xa0;: %2 plans sur %3 sont disponibles hors ligne&#xa0;; %4 n&apos;ont pas pu être téléchargés.</translation>
    </message>
</context>
<context>
    <name>sitedesk::DrawingsOfflineMenu</name>
    <message numerus="yes">
        <source>%1 (%n sheet(s))</source>
        <translation>
            <numerusform>%1 (%n plan)</numerusform>
            <numerusform>%1 (%n plans)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheets shown in the log</source>
        <translation>Plans affichés dans le journal</translation>
    </message>
    <message>
        <source>the sheets shown</source>
        <translation>plans affichés</translation>
    </message>
    <message>
        <source>Drawing set</source>
        <translation>Jeu de plans</translation>
    </message>
    <message>
        <source>drawing set “%1”</source>
        <translation>jeu de plans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>area “%1”</source>
        <translation>zone «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>discipline “%1”</source>
        <translation>discipline «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>sitedesk::DrawingsTab</name>
    <message>
        <source>Make available offline</source>
        <translation>Rendre disponible hors ligne</translation>
    </message>
    <message>
        <source>Download the sheets shown, or a whole drawing set, area or discipline, and keep them on this computer</source>
        <translation>Télécharger les plans affichés, ou tout un jeu de plans, une zone ou une discipline, et les conserver sur cet ordinateur</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the log as shown to a CSV file</source>
        <translation>Enregistrer le journal tel qu&apos;affiché dans un fichier CSV</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n plans</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Drawing Log</source>
        <translation>Exporter le journal des plans</translation>
    </message>
    <message>
        <source>drawing log</source>
        <translation>journal des plans</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n sheet(s) to %1</source>
        <translation>
            <numerusform>%n plan enregistré dans %1</numerusform>
            <numerusform>%n plans enregistrés dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 – %2 (revision %3)</source>
        <translation>%1 – %2 (révision %3)</translation>
    </message>
    <message>
        <source>Make “%1” available offline…</source>
        <translation>Rendre «&#xa0;%1&#xa0;» disponible hors ligne…</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>All drawings</source>
        <translation>Tous les plans</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Show the log as a table (Alt+1)</source>
        <translation>Afficher le journal sous forme de tableau (Alt+1)</translation>
    </message>
    <message>
        <source>Thumbnails</source>
        <translation>Miniatures</translation>
    </message>
    <message>
        <source>Show the log as sheet thumbnails (Alt+2)</source>
        <translation>Afficher le journal sous forme de miniatures de plans (Alt+2)</translation>
    </message>
    <message>
        <source>Loading the drawing log…</source>
        <translation>Chargement du journal des plans…</translation>
    </message>
</context>
<context>
    <name>sitedesk::FileFetch</name>
    <message>
        <source>The download was cancelled.</source>
        <translation>Le téléchargement a été annulé.</translation>
    </message>
    <message>
        <source>This file is not on this computer, and Sitedesk cannot reach Procore to get it.</source>
        <translation>Ce fichier n&apos;est pas sur cet ordinateur, et Sitedesk ne peut pas joindre Procore pour l&apos;obtenir.</translation>
    </message>
    <message>
        <source>Sitedesk cannot create the folder %1 for downloaded files.</source>
        <translation>Sitedesk ne peut pas créer le dossier %1 pour les fichiers téléchargés.</translation>
    </message>
    <message>
        <source>Sitedesk cannot write %1: %2</source>
        <translation>Sitedesk ne peut pas écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file server resumed the download at the wrong place.</source>
        <translation>Le serveur de fichiers a repris le téléchargement au mauvais endroit.</translation>
    </message>
    <message>
        <source>Not enough free disk space to download this file (%1 MB needed).</source>
        <translation>Espace disque insuffisant pour télécharger ce fichier (%1 Mo nécessaires).</translation>
    </message>
    <message>
        <source>Sitedesk could not save the download (the disk may be full): %1</source>
        <translation>Sitedesk n&apos;a pas pu enregistrer le téléchargement (le disque est peut-être plein)&#xa0;: %1</translation>
    </message>
    <message>
        <source>The download stopped before the end of the file.</source>
        <translation>Le téléchargement s&apos;est arrêté avant la fin du fichier.</translation>
    </message>
    <message>
        <source>This file is no longer on Procore.</source>
        <translation>Ce fichier n&apos;est plus sur Procore.</translation>
    </message>
    <message>
        <source>The file server could not continue the download.</source>
        <translation>Le serveur de fichiers n&apos;a pas pu poursuivre le téléchargement.</translation>
    </message>
    <message>
        <source>The file server failed (%1).</source>
        <translation>Erreur du serveur de fichiers (%1).</translation>
    </message>
    <message>
        <source>The download was interrupted: %1</source>
        <translation>Le téléchargement a été interrompu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file server sent too many redirects.</source>
        <translation>Le serveur de fichiers a envoyé trop de redirections.</translation>
    </message>
    <message>
        <source>The download link has expired. Sync again to get a fresh one.</source>
        <translation>Le lien de téléchargement a expiré. Synchronisez de nouveau pour en obtenir un nouveau.</translation>
    </message>
    <message>
        <source>Procore refused this download: you may not have access to the file.</source>
        <translation>Procore a refusé ce téléchargement&#xa0;: vous n&apos;avez peut-être pas accès au fichier.</translation>
    </message>
    <message>
        <source>Procore sent no new link for this file.</source>
        <translation>Procore n&apos;a pas envoyé de nouveau lien pour ce fichier.</translation>
    </message>
    <message>
        <source>The downloaded file was damaged on the way (its checksum does not match).</source>
        <translation>Le fichier téléchargé a été endommagé en route (sa somme de contrôle ne correspond pas).</translation>
    </message>
    <message>
        <source>Sitedesk could not record the download: %1</source>
        <translation>Sitedesk n&apos;a pas pu enregistrer le téléchargement&#xa0;: %1</translation>
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
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Check &amp;Everything Again</source>
        <translation>&amp;Tout revérifier</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Sync, and read again in full what is otherwise read in full every six hours: shows at once what was deleted in Procore</source>
        <translation>Synchroniser et relire en entier ce qui ne l&apos;est que toutes les six heures : montre tout de suite ce qui a été supprimé dans Procore</translation>
    </message>
</context>
<context>
    <name>sitedesk::ManpowerTotalsModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No company</source>
        <translation>Sans entreprise</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Travailleurs</translation>
    </message>
    <message>
        <source>Man-hours</source>
        <translation>Heures-personnes</translation>
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
    <name>sitedesk::OfflineDownload</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>sitedesk::OutboxModel</name>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Effectuée le</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Refused by Procore</source>
        <translation>Refusée par Procore</translation>
    </message>
    <message>
        <source>Changed in Procore meanwhile</source>
        <translation>Modifiée dans Procore entre-temps</translation>
    </message>
    <message>
        <source>May already be in Procore</source>
        <translation>Peut-être déjà dans Procore</translation>
    </message>
</context>
<context>
    <name>sitedesk::OutboxPanel</name>
    <message>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Show the changes waiting for Procore (Ctrl+Shift+O)</source>
        <translation>Afficher les modifications en attente pour Procore (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Send &amp;Now</source>
        <translation>Envoyer &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <source>Take &amp;Procore&apos;s</source>
        <translation>Prendre celle de &amp;Procore</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Abandonner…</translation>
    </message>
    <message>
        <source>Changes waiting for Procore</source>
        <translation>Modifications en attente pour Procore</translation>
    </message>
    <message>
        <source>Send your change over the newer version in Procore</source>
        <translation>Envoyer votre modification par-dessus la version plus récente de Procore</translation>
    </message>
    <message>
        <source>Drop your change and keep the version in Procore</source>
        <translation>Abandonner votre modification et garder la version de Procore</translation>
    </message>
    <message>
        <source>1 change needs you</source>
        <translation>1 modification requiert votre attention</translation>
    </message>
    <message>
        <source>%1 changes need you</source>
        <translation>%1 modifications requièrent votre attention</translation>
    </message>
    <message>
        <source>1 change waiting to be sent</source>
        <translation>1 modification en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>%1 changes waiting to be sent</source>
        <translation>%1 modifications en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Select a change to see why it waits.</source>
        <translation>Sélectionnez une modification pour voir pourquoi elle est en attente.</translation>
    </message>
    <message>
        <source>Every change you made has reached Procore.</source>
        <translation>Toutes vos modifications sont parvenues à Procore.</translation>
    </message>
    <message>
        <source>Procore says: %1</source>
        <translation>Procore indique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Procore&apos;s version was changed at %1.</source>
        <translation>La version de Procore a été modifiée le %1.</translation>
    </message>
    <message>
        <source>Discard Change</source>
        <translation>Abandonner la modification</translation>
    </message>
    <message>
        <source>Discard &quot;%1&quot;?</source>
        <translation>Abandonner «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>It has not reached Procore and will be lost.</source>
        <translation>Elle n&apos;est pas parvenue à Procore et sera perdue.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
</context>
<context>
    <name>sitedesk::OutboxService</name>
    <message>
        <source>Sign in to make changes.</source>
        <translation>Connectez-vous pour effectuer des modifications.</translation>
    </message>
    <message>
        <source>Someone changed this in Procore after you started editing it.</source>
        <translation>Quelqu&apos;un a modifié cet élément dans Procore après que vous avez commencé à le modifier.</translation>
    </message>
    <message>
        <source>Procore accepted this change, but Sitedesk could not record it: %1</source>
        <translation>Procore a accepté cette modification, mais Sitedesk n&apos;a pas pu l&apos;enregistrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>No answer from Procore (%1). It may already have this: check there, then send it again or discard it.</source>
        <translation>Aucune réponse de Procore (%1). La modification y est peut-être déjà&#xa0;: vérifiez-le, puis renvoyez-la ou abandonnez-la.</translation>
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
    <name>sitedesk::PhotoActions</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Change the description or album of the photo</source>
        <translation>Modifier la description ou l&apos;album de la photo</translation>
    </message>
    <message>
        <source>Delete the selected photos from Procore</source>
        <translation>Supprimer de Procore les photos sélectionnées</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) deleted from Procore.</source>
        <translation>
            <numerusform>%n photo supprimée de Procore.</numerusform>
            <numerusform>%n photos supprimées de Procore.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 n&apos;a pas été modifié&#xa0;: %2</translation>
    </message>
    <message>
        <source>Your change to %1 is kept and will reach Procore when Sitedesk is back online (View ▸ Outbox).</source>
        <translation>Votre modification de %1 est conservée et parviendra à Procore quand Sitedesk sera de nouveau en ligne (Affichage ▸ Boîte d&apos;envoi).</translation>
    </message>
    <message>
        <source>Delete photos</source>
        <translation>Supprimer des photos</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n photo(s) from Procore?</source>
        <translation>
            <numerusform>Supprimer %n photo de Procore&#xa0;?</numerusform>
            <numerusform>Supprimer %n photos de Procore&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>They are removed for everyone on the project. This cannot be undone.</source>
        <translation>Elles seront supprimées pour tous les membres du projet. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>sitedesk::PhotoDownloads</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>sitedesk::PhotoEditDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>Album</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Album:</source>
        <translation>&amp;Album&#xa0;:</translation>
    </message>
</context>
<context>
    <name>sitedesk::PhotoEditor</name>
    <message>
        <source>Sign in and choose a project to edit photos.</source>
        <translation>Connectez-vous et choisissez un projet pour modifier des photos.</translation>
    </message>
    <message>
        <source>Edit photo %1</source>
        <translation>Modification de la photo %1</translation>
    </message>
    <message>
        <source>Sign in and choose a project to delete photos.</source>
        <translation>Connectez-vous et choisissez un projet pour supprimer des photos.</translation>
    </message>
    <message>
        <source>Deleting photos needs a connection to Procore, and Sitedesk is offline. Try again when you are back online.</source>
        <translation>La suppression de photos nécessite une connexion à Procore, et Sitedesk est hors ligne. Réessayez une fois de retour en ligne.</translation>
    </message>
    <message>
        <source>Photos are being deleted; wait until they are done.</source>
        <translation>Des photos sont en cours de suppression&#xa0;; attendez la fin.</translation>
    </message>
    <message>
        <source>%1 was not deleted: Sitedesk went offline. Try again when you are back online.</source>
        <translation>%1 n&apos;a pas été supprimé&#xa0;: Sitedesk est passé hors ligne. Réessayez une fois de retour en ligne.</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 n&apos;a pas été supprimé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was deleted in Procore, but Sitedesk could not update its copy: %2</source>
        <translation>%1 a été supprimé dans Procore, mais Sitedesk n&apos;a pas pu mettre à jour sa copie&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>sitedesk::PhotoFilterModel</name>
    <message>
        <source>No album</source>
        <translation>Sans album</translation>
    </message>
</context>
<context>
    <name>sitedesk::PhotoViewer</name>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation>Prise de vue&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Uploaded by: %1</source>
        <translation>Téléversée par&#xa0;: %1</translation>
    </message>
    <message>
        <source>Album: %1</source>
        <translation>Album&#xa0;: %1</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Emplacement&#xa0;: %1</translation>
    </message>
    <message>
        <source>GPS: %1, %2</source>
        <translation>GPS&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Dimensions: %1 × %2</source>
        <translation>Dimensions&#xa0;: %1 × %2</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Taille&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>sitedesk::PhotosTab</name>
    <message>
        <source>Loading photos…</source>
        <translation>Chargement des photos…</translation>
    </message>
    <message>
        <source>Albums</source>
        <translation>Albums</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Search descriptions and file names</source>
        <translation>Rechercher dans les descriptions et les noms de fichiers</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>By album</source>
        <translation>Par album</translation>
    </message>
    <message>
        <source>Group photos by the day they were taken or by album</source>
        <translation>Regrouper les photos par jour de prise de vue ou par album</translation>
    </message>
    <message>
        <source>Uploaded by</source>
        <translation>Téléversée par</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>Taille des miniatures</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <source>Save the selected photos to a folder</source>
        <translation>Enregistrer les photos sélectionnées dans un dossier</translation>
    </message>
    <message>
        <source>Downloading %1 of %2…</source>
        <translation>Téléchargement de %1 sur %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) saved</source>
        <translation>
            <numerusform>%n photo enregistrée</numerusform>
            <numerusform>%n photos enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 saved, %2 failed: %3</source>
        <translation>%1 enregistrées, %2 en échec&#xa0;: %3</translation>
    </message>
    <message>
        <source>All photos (%1)</source>
        <translation>Toutes les photos (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>N&apos;importe qui</translation>
    </message>
    <message>
        <source>Any location</source>
        <translation>Tous les emplacements</translation>
    </message>
    <message>
        <source>Download photos to</source>
        <translation>Télécharger les photos dans</translation>
    </message>
    <message>
        <source>Keep album offline</source>
        <translation>Conserver l&apos;album hors ligne</translation>
    </message>
    <message>
        <source>Download the album&apos;s photos full size and keep them on this computer</source>
        <translation>Télécharger les photos de l&apos;album en taille réelle et les conserver sur cet ordinateur</translation>
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
    <name>sitedesk::SubmittalDetailPane</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Retourné</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Joindre des fichiers…</translation>
    </message>
    <message>
        <source>Upload files to Procore and attach them to this submittal (or drop files here)</source>
        <translation>Téléverser des fichiers dans Procore et les joindre à cette soumission (ou déposez des fichiers ici)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Flux d&apos;approbation</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Choose a submittal in the log to see it here.</source>
        <translation>Choisissez une soumission dans le journal pour la voir ici.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 – %2 (revision %3)</source>
        <translation>%1 – %2 (révision %3)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Ball in court</source>
        <translation>Responsable actuel</translation>
    </message>
    <message>
        <source>Responsible contractor</source>
        <translation>Entrepreneur responsable</translation>
    </message>
    <message>
        <source>Spec section</source>
        <translation>Section de devis</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Required on site</source>
        <translation>Requis sur le chantier</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Submit by</source>
        <translation>Soumettre avant le</translation>
    </message>
    <message>
        <source>Submittal manager</source>
        <translation>Gestionnaire des soumissions</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Reçu de</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Aucune description.</translation>
    </message>
    <message numerus="yes">
        <source>Linked drawings: %n</source>
        <translation>
            <numerusform>Plans liés&#xa0;: %n</numerusform>
            <numerusform>Plans liés&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Pièce jointe %1</translation>
    </message>
    <message>
        <source>No attachments yet: drop files here to attach them.</source>
        <translation>Aucune pièce jointe pour le moment&#xa0;: déposez des fichiers ici pour les joindre.</translation>
    </message>
    <message>
        <source>Procore refused your change: %1</source>
        <translation>Procore a refusé votre modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Someone changed this submittal in Procore since you edited it. Resolve it in the Outbox.</source>
        <translation>Quelqu&apos;un a modifié cette soumission dans Procore depuis votre modification. Réglez le conflit dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Your change may not have reached Procore: %1</source>
        <translation>Votre modification n&apos;est peut-être pas parvenue à Procore&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your change waits to be sent to Procore.</source>
        <translation>Votre modification est en attente d&apos;envoi à Procore.</translation>
    </message>
    <message>
        <source>Ope&amp;n</source>
        <translation>Ouv&amp;rir</translation>
    </message>
    <message>
        <source>&amp;Keep offline</source>
        <translation>&amp;Conserver hors ligne</translation>
    </message>
    <message>
        <source>Download the chosen attachment and keep it on this computer</source>
        <translation>Télécharger la pièce jointe choisie et la conserver sur cet ordinateur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>sitedesk::SubmittalEditForm</name>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Due dat&amp;e</source>
        <translation>Date d&apos;é&amp;chéance</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
</context>
<context>
    <name>sitedesk::SubmittalFilterModel</name>
    <message>
        <source>No spec section</source>
        <translation>Sans section de devis</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Sans statut</translation>
    </message>
</context>
<context>
    <name>sitedesk::SubmittalLogModel</name>
    <message>
        <source>Procore refused your change: open the submittal to see why</source>
        <translation>Procore a refusé votre modification&#xa0;: ouvrez la soumission pour en voir la raison</translation>
    </message>
    <message>
        <source>Changed in Procore since you edited it: resolve it in the Outbox</source>
        <translation>Modifiée dans Procore depuis votre modification&#xa0;: réglez le conflit dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Your change waits to be sent to Procore</source>
        <translation>Votre modification est en attente d&apos;envoi à Procore</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>Rév.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Spec section</source>
        <translation>Section de devis</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Ball in court</source>
        <translation>Responsable actuel</translation>
    </message>
    <message>
        <source>Responsible contractor</source>
        <translation>Entrepreneur responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Required on site</source>
        <translation>Requis sur le chantier</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
</context>
<context>
    <name>sitedesk::SubmittalWriter</name>
    <message>
        <source>Sign in and choose a project to edit submittals.</source>
        <translation>Connectez-vous et choisissez un projet pour modifier des soumissions.</translation>
    </message>
    <message>
        <source>Edit submittal %1 – %2</source>
        <translation>Modification de la soumission %1 – %2</translation>
    </message>
</context>
<context>
    <name>sitedesk::SubmittalsTab</name>
    <message>
        <source>&amp;Overdue</source>
        <translation>&amp;En retard</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Mes soumissions</translation>
    </message>
    <message>
        <source>Search number, title or spec section</source>
        <translation>Rechercher un numéro, un titre ou une section de devis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Ball in court</source>
        <translation>Responsable actuel</translation>
    </message>
    <message>
        <source>Only submittals where the ball is in your court</source>
        <translation>Uniquement les soumissions dont vous êtes le responsable actuel</translation>
    </message>
    <message>
        <source>Only open submittals past their due date</source>
        <translation>Uniquement les soumissions ouvertes dont l&apos;échéance est dépassée</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Aucun regroupement</translation>
    </message>
    <message>
        <source>Group by spec section</source>
        <translation>Regrouper par section de devis</translation>
    </message>
    <message>
        <source>Group by status</source>
        <translation>Regrouper par statut</translation>
    </message>
    <message>
        <source>Choose a submittal in the log to see it here.</source>
        <translation>Choisissez une soumission dans le journal pour la voir ici.</translation>
    </message>
    <message>
        <source>This project has no submittals in Procore.</source>
        <translation>Ce projet n&apos;a aucune soumission dans Procore.</translation>
    </message>
    <message>
        <source>No submittals are cached for this project yet. Sync to get them.</source>
        <translation>Aucune soumission n&apos;est encore en cache pour ce projet. Synchronisez pour les obtenir.</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Anyone in court</source>
        <translation>Tous les responsables</translation>
    </message>
    <message numerus="yes">
        <source>%n submittal(s)</source>
        <translation>
            <numerusform>%n soumission</numerusform>
            <numerusform>%n soumissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n submittal(s)</source>
        <translation>
            <numerusform>%1 sur %n soumission</numerusform>
            <numerusform>%1 sur %n soumissions</numerusform>
        </translation>
    </message>
    <message>
        <source>This submittal is no longer in Procore.</source>
        <translation>Cette soumission n&apos;est plus dans Procore.</translation>
    </message>
    <message>
        <source>Editing is not available here.</source>
        <translation>La modification n&apos;est pas disponible ici.</translation>
    </message>
    <message>
        <source>Attach files to the submittal</source>
        <translation>Joindre des fichiers à la soumission</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) on their way to Procore: see View ▸ Uploads.</source>
        <translation>
            <numerusform>%n fichier en route vers Procore&#xa0;: voir Affichage ▸ Téléversements.</numerusform>
            <numerusform>%n fichiers en route vers Procore&#xa0;: voir Affichage ▸ Téléversements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the submittal log…</source>
        <translation>Chargement du journal des soumissions…</translation>
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
    <name>sitedesk::UploadJob</name>
    <message>
        <source>The file is gone: it was moved or deleted before it was uploaded.</source>
        <translation>Le fichier a disparu&#xa0;: il a été déplacé ou supprimé avant d&apos;être téléversé.</translation>
    </message>
    <message>
        <source>The file changed while it was uploading (its size or date differ). Add it again to upload the new version.</source>
        <translation>Le fichier a changé pendant le téléversement (sa taille ou sa date diffèrent). Ajoutez-le de nouveau pour téléverser la nouvelle version.</translation>
    </message>
    <message>
        <source>Procore did not start the upload</source>
        <translation>Procore n&apos;a pas démarré le téléversement</translation>
    </message>
    <message>
        <source>Procore&apos;s answer to the new upload was not understood.</source>
        <translation>La réponse de Procore au nouveau téléversement n&apos;a pas été comprise.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The storage kept segment %1 but did not confirm it (no ETag).</source>
        <translation>Le stockage a conservé le segment %1 sans le confirmer (pas d&apos;ETag).</translation>
    </message>
    <message>
        <source>The connection broke %1 times (%2).</source>
        <translation>La connexion a été coupée %1 fois (%2).</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <source>segment %1 of %2</source>
        <translation>le segment %1 sur %2</translation>
    </message>
    <message>
        <source>The storage refused %1: %2 (HTTP %3).</source>
        <translation>Le stockage a refusé %1&#xa0;: %2 (HTTP %3).</translation>
    </message>
    <message>
        <source>Procore did not finish the upload</source>
        <translation>Procore n&apos;a pas terminé le téléversement</translation>
    </message>
    <message>
        <source>The file reached Procore but was not attached</source>
        <translation>Le fichier est parvenu à Procore mais n&apos;a pas été joint</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>sitedesk::UploadService</name>
    <message>
        <source>No cache is open: sign in first.</source>
        <translation>Aucun cache n&apos;est ouvert&#xa0;: connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>%1: not a readable file.</source>
        <translation>%1&#xa0;: ce n&apos;est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>%1: cannot be queued: %2</source>
        <translation>%1&#xa0;: impossible de l&apos;ajouter à la file d&apos;attente&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB: files of more than %3 MB cannot be attached here.</source>
        <translation>%1 fait %2 Mo&#xa0;: les fichiers de plus de %3 Mo ne peuvent pas être joints ici.</translation>
    </message>
</context>
<context>
    <name>sitedesk::UploadsModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Téléversement</translation>
    </message>
    <message>
        <source>Waiting for the network</source>
        <translation>En attente du réseau</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Uploaded, attaching</source>
        <translation>Téléversé, ajout en cours</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Joint</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>%n s restante</numerusform>
            <numerusform>%n s restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s left</source>
        <translation>%1 min %2 s restantes</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>%1 h %2 min restantes</translation>
    </message>
</context>
<context>
    <name>sitedesk::UploadsPanel</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Cancel Upload</source>
        <translation>&amp;Annuler le téléversement</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Ré&amp;essayer</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>Re&amp;tirer les terminés</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Téléversements</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
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
<context>
    <name>sitedesk::dailylogexport</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Travailleurs</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Procore ID</source>
        <translation>ID Procore</translation>
    </message>
</context>
</TS>
