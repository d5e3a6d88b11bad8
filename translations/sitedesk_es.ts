<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ApiError</name>
    <message>
        <source>Procore cannot be reached. Check the network connection.</source>
        <translation>No se puede conectar con Procore. Verifique la conexión de red.</translation>
    </message>
    <message>
        <source>Procore stopped answering (timed out). Try again in a moment.</source>
        <translation>Procore dejó de responder (se agotó el tiempo de espera). Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Procore did not accept the sign-in.</source>
        <translation>Procore no aceptó el inicio de sesión.</translation>
    </message>
    <message>
        <source>You are signed out. Sign in with Procore again.</source>
        <translation>Su sesión está cerrada. Vuelva a iniciar sesión con Procore.</translation>
    </message>
    <message>
        <source>You do not have permission for this in Procore, or the tool is disabled.</source>
        <translation>No tiene permiso para esta acción en Procore, o la herramienta está desactivada.</translation>
    </message>
    <message>
        <source>Procore could not find this item, or you no longer have access to it.</source>
        <translation>Procore no encontró este elemento, o ya no tiene acceso a él.</translation>
    </message>
    <message>
        <source>Procore refused the request.</source>
        <translation>Procore rechazó la solicitud.</translation>
    </message>
    <message>
        <source>Procore&apos;s request limit is reached. Sitedesk will try again later.</source>
        <translation>Se alcanzó el límite de solicitudes de Procore. Sitedesk lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>Procore had a problem answering. Try again in a moment.</source>
        <translation>Procore tuvo un problema al responder. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Procore sent an answer Sitedesk could not read.</source>
        <translation>Procore envió una respuesta que Sitedesk no pudo leer.</translation>
    </message>
    <message>
        <source>The local cache could not be written.</source>
        <translation>No se pudo escribir en la caché local.</translation>
    </message>
    <message>
        <source>The request to Procore failed.</source>
        <translation>La solicitud a Procore falló.</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>sitedesk: the server URLs must be http(s) URLs.</source>
        <translation>sitedesk: las URL del servidor deben ser URL http(s).</translation>
    </message>
    <message>
        <source>Sitedesk: Procore on the desktop, online and offline.</source>
        <translation>Sitedesk: Procore en el escritorio, con y sin conexión.</translation>
    </message>
    <message>
        <source>Use a custom Procore API base URL.</source>
        <translation>Usar una URL base personalizada para la API de Procore.</translation>
    </message>
    <message>
        <source>Use a custom Procore login base URL.</source>
        <translation>Usar una URL base personalizada para el inicio de sesión de Procore.</translation>
    </message>
    <message>
        <source>OAuth client id of the app registration.</source>
        <translation>ID de cliente OAuth del registro de la aplicación.</translation>
    </message>
    <message>
        <source>Start signing in right away when not signed in.</source>
        <translation>Iniciar sesión de inmediato si no hay una sesión iniciada.</translation>
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
        <translation>Sandbox de desarrollo de Procore</translation>
    </message>
    <message>
        <source>Procore monthly sandbox</source>
        <translation>Sandbox mensual de Procore</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Servidor personalizado</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Sync cancelled. Data synced before stays available.</source>
        <translation>Sincronización cancelada. Los datos sincronizados anteriormente siguen disponibles.</translation>
    </message>
    <message numerus="yes">
        <source>Sync finished: %n record(s) up to date.</source>
        <translation>
            <numerusform>Sincronización finalizada: %n registro actualizado.</numerusform>
            <numerusform>Sincronización finalizada: %n registros actualizados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync incomplete: %1 Cached data was kept.</source>
        <translation>Sincronización incompleta: %1 Se conservaron los datos en caché.</translation>
    </message>
</context>
<context>
    <name>ToolRegistry</name>
    <message>
        <source>Companies</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
</context>
<context>
    <name>sitedesk::ApiClient</name>
    <message>
        <source>The connection was interrupted (%1).</source>
        <translation>Se interrumpió la conexión (%1).</translation>
    </message>
</context>
<context>
    <name>sitedesk::AuthService</name>
    <message>
        <source>Sign-in timed out. Start again when you are ready.</source>
        <translation>Se agotó el tiempo de espera para iniciar sesión. Vuelva a empezar cuando esté listo.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Sitedesk will keep you signed in for this session only.</source>
        <translation>El llavero del sistema no está disponible (%1). Sitedesk mantendrá su sesión iniciada solo hasta que cierre la aplicación.</translation>
    </message>
    <message>
        <source>The Procore server settings are incomplete. Open Settings and check the environment and client id.</source>
        <translation>La configuración del servidor de Procore está incompleta. Abra Configuración y verifique el entorno y el ID de cliente.</translation>
    </message>
    <message>
        <source>The answer from the browser did not match this sign-in. Please try again.</source>
        <translation>La respuesta del navegador no corresponde a este inicio de sesión. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Sign-in was declined in the browser.</source>
        <translation>El inicio de sesión se rechazó en el navegador.</translation>
    </message>
    <message>
        <source>The pasted code is empty.</source>
        <translation>El código pegado está vacío.</translation>
    </message>
    <message>
        <source>Procore did not complete the sign-in: %1</source>
        <translation>Procore no completó el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>Your Procore sign-in has expired. Please sign in again.</source>
        <translation>Su sesión de Procore expiró. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The system keychain could not store your sign-in (%1). You are signed in for this session only.</source>
        <translation>El llavero del sistema no pudo guardar su inicio de sesión (%1). Su sesión permanecerá iniciada solo hasta que cierre la aplicación.</translation>
    </message>
</context>
<context>
    <name>sitedesk::CacheDatabase</name>
    <message>
        <source>the file system does not support write-ahead logging</source>
        <translation>el sistema de archivos no admite el registro de escritura anticipada (WAL)</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>The offline cache %1 was written by a newer version of Sitedesk (schema %2; this version knows up to %3). It was left untouched: update Sitedesk to use it.</source>
        <translation>La caché sin conexión %1 fue creada por una versión más reciente de Sitedesk (esquema %2; esta versión admite hasta el %3). No se modificó: actualice Sitedesk para usarla.</translation>
    </message>
    <message>
        <source>The offline cache %1 was damaged (%2). It was moved to %3 and a new, empty cache was created; sync again to fill it.</source>
        <translation>La caché sin conexión %1 estaba dañada (%2). Se movió a %3 y se creó una caché nueva y vacía; vuelva a sincronizar para llenarla.</translation>
    </message>
    <message>
        <source>Sitedesk cannot use its offline cache at %1: %2. Check that the folder exists and is writable and that the disk has free space.</source>
        <translation>Sitedesk no puede usar su caché sin conexión en %1: %2. Verifique que la carpeta exista, que tenga permisos de escritura y que haya espacio libre en el disco.</translation>
    </message>
</context>
<context>
    <name>sitedesk::CacheFile</name>
    <message>
        <source>it is not an SQLite database</source>
        <translation>no es una base de datos SQLite</translation>
    </message>
    <message>
        <source>the damaged file could not be moved aside (%1)</source>
        <translation>no se pudo apartar el archivo dañado (%1)</translation>
    </message>
    <message>
        <source>%1 could not be moved aside (%2)</source>
        <translation>no se pudo apartar %1 (%2)</translation>
    </message>
</context>
<context>
    <name>sitedesk::Cli</name>
    <message>
        <source>Sitedesk command line: sync Procore data into the local cache and export it.</source>
        <translation>Línea de comandos de Sitedesk: sincroniza los datos de Procore en la caché local y los exporta.</translation>
    </message>
    <message>
        <source>One of: %1</source>
        <translation>Uno de los siguientes: %1</translation>
    </message>
    <message>
        <source>Procore company id.</source>
        <translation>ID de la empresa en Procore.</translation>
    </message>
    <message>
        <source>Procore project id.</source>
        <translation>ID del proyecto en Procore.</translation>
    </message>
    <message>
        <source>Comma-separated tools to sync (default: all). Known: %1.</source>
        <translation>Herramientas que se sincronizarán, separadas por comas (predeterminado: todas). Disponibles: %1.</translation>
    </message>
    <message>
        <source>Tool to export. Known: %1.</source>
        <translation>Herramienta que se exportará. Disponibles: %1.</translation>
    </message>
    <message>
        <source>Output format: json or csv (export); table, json or csv (companies, projects).</source>
        <translation>Formato de salida: json o csv (export); table, json o csv (companies, projects).</translation>
    </message>
    <message>
        <source>Procore API base URL, e.g. https://api.procore.com.</source>
        <translation>URL base de la API de Procore, p. ej., https://api.procore.com.</translation>
    </message>
    <message>
        <source>Procore login base URL, e.g. https://login.procore.com.</source>
        <translation>URL base de inicio de sesión de Procore, p. ej., https://login.procore.com.</translation>
    </message>
    <message>
        <source>OAuth client id of the app registration.</source>
        <translation>ID de cliente OAuth del registro de la aplicación.</translation>
    </message>
    <message>
        <source>Folder of the cache database (default: the signed-in user&apos;s cache).</source>
        <translation>Carpeta de la base de datos de caché (predeterminado: la caché del usuario con sesión iniciada).</translation>
    </message>
    <message>
        <source>Not a valid http(s) URL: %1</source>
        <translation>No es una URL http(s) válida: %1</translation>
    </message>
    <message>
        <source>Expected one command: %1.</source>
        <translation>Se esperaba un comando: %1.</translation>
    </message>
    <message>
        <source>--%1 needs a numeric Procore id, not &quot;%2&quot;.</source>
        <translation>--%1 requiere un ID numérico de Procore, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>sync needs --company ID.</source>
        <translation>sync requiere --company ID.</translation>
    </message>
    <message>
        <source>Unknown tool &quot;%1&quot;. Known tools: %2.</source>
        <translation>Herramienta desconocida: &quot;%1&quot;. Herramientas disponibles: %2.</translation>
    </message>
    <message>
        <source>The tool &quot;%1&quot; needs --project ID.</source>
        <translation>La herramienta &quot;%1&quot; requiere --project ID.</translation>
    </message>
    <message>
        <source>export needs --tool NAME (%1).</source>
        <translation>export requiere --tool NAME (%1).</translation>
    </message>
    <message>
        <source>Unknown tool &quot;%1&quot;. Exportable tools: %2.</source>
        <translation>Herramienta desconocida: &quot;%1&quot;. Herramientas exportables: %2.</translation>
    </message>
    <message>
        <source>--format must be json or csv, not &quot;%1&quot;.</source>
        <translation>--format debe ser json o csv, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Exporting %1 needs --company ID.</source>
        <translation>Para exportar %1 se requiere --company ID.</translation>
    </message>
    <message>
        <source>Exporting %1 needs --project ID.</source>
        <translation>Para exportar %1 se requiere --project ID.</translation>
    </message>
    <message>
        <source>projects needs --company ID.</source>
        <translation>projects requiere --company ID.</translation>
    </message>
    <message>
        <source>--format must be table, json or csv, not &quot;%1&quot;.</source>
        <translation>--format debe ser table, json o csv, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Not signed in to %1. Sign in with the Sitedesk window first, or set SITEDESK_ACCESS_TOKEN.</source>
        <translation>No hay una sesión iniciada en %1. Inicie sesión primero en la ventana de Sitedesk o defina SITEDESK_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>Nothing is cached for %1 yet. Run &quot;sitedesk sync&quot; first, or pass --data-dir.</source>
        <translation>Todavía no hay nada en caché para %1. Ejecute primero &quot;sitedesk sync&quot; o indique --data-dir.</translation>
    </message>
    <message>
        <source>Procore did not say who is signed in.</source>
        <translation>Procore no indicó qué usuario inició sesión.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n request(s))</source>
        <translation>
            <numerusform>%1 (%n solicitud)</numerusform>
            <numerusform>%1 (%n solicitudes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start the sync.</source>
        <translation>No se pudo iniciar la sincronización.</translation>
    </message>
    <message>
        <source>sitedesk: %1</source>
        <translation>sitedesk: %1</translation>
    </message>
    <message>
        <source>Try &quot;sitedesk --help&quot; or &quot;sitedesk COMMAND --help&quot;.</source>
        <translation>Pruebe &quot;sitedesk --help&quot; o &quot;sitedesk COMANDO --help&quot;.</translation>
    </message>
</context>
<context>
    <name>sitedesk::LoopbackReceiver</name>
    <message>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <source>Only the sign-in redirect is served here.</source>
        <translation>Esta dirección solo atiende la redirección del inicio de sesión.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>This address only receives the Procore sign-in.</source>
        <translation>Esta dirección solo recibe el inicio de sesión de Procore.</translation>
    </message>
    <message>
        <source>Already signed in</source>
        <translation>Sesión ya iniciada</translation>
    </message>
    <message>
        <source>This sign-in link was already used. You can close this tab.</source>
        <translation>Este enlace de inicio de sesión ya se usó. Puede cerrar esta pestaña.</translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation>Inicio de sesión cancelado</translation>
    </message>
    <message>
        <source>Sitedesk was not signed in. You can close this tab and return to Sitedesk.</source>
        <translation>Sitedesk no inició sesión. Puede cerrar esta pestaña y volver a Sitedesk.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Sitedesk is signed in to Procore. You can close this tab.</source>
        <translation>Sitedesk inició sesión en Procore. Puede cerrar esta pestaña.</translation>
    </message>
</context>
<context>
    <name>sitedesk::MainWindow</name>
    <message>
        <source>Sign in to sync with Procore.</source>
        <translation>Inicie sesión para sincronizar con Procore.</translation>
    </message>
    <message>
        <source>Sitedesk could not start a sync.</source>
        <translation>Sitedesk no pudo iniciar una sincronización.</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign O&amp;ut…</source>
        <translation>C&amp;errar sesión…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Sync this project with Procore (Ctrl+R, F5)</source>
        <translation>Sincronizar este proyecto con Procore (Ctrl+R, F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>&amp;Cancelar sincronización</translation>
    </message>
    <message>
        <source>&amp;About Sitedesk</source>
        <translation>&amp;Acerca de Sitedesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronización</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
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
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out of Procore?</source>
        <translation>¿Cerrar la sesión de Procore?</translation>
    </message>
    <message>
        <source>Keep the cached data to keep browsing it offline, or remove it from this computer.</source>
        <translation>Conserve los datos en caché para seguir consultándolos sin conexión, o elimínelos de este equipo.</translation>
    </message>
    <message>
        <source>&amp;Sign Out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>Sign Out and &amp;Remove Cached Data</source>
        <translation>Cerrar sesión y &amp;eliminar los datos en caché</translation>
    </message>
    <message>
        <source>About Sitedesk</source>
        <translation>Acerca de Sitedesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sitedesk %1&lt;/h3&gt;&lt;p&gt;An offline-first desktop client for Procore: sign in once, sync your projects, and keep working without a network.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sitedesk %1&lt;/h3&gt;&lt;p&gt;Un cliente de escritorio para Procore pensado para trabajar sin conexión: inicie sesión una vez, sincronice sus proyectos y siga trabajando sin red.&lt;/p&gt;&lt;p&gt;Desarrollado con Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sitedesk::NoticeBar</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close notice</source>
        <translation>Cerrar aviso</translation>
    </message>
</context>
<context>
    <name>sitedesk::OfflineBanner</name>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Offline — showing cached data. Sitedesk will sync when the network is back.</source>
        <translation>Sin conexión — se muestran los datos en caché. Sitedesk sincronizará cuando vuelva la red.</translation>
    </message>
    <message>
        <source>Offline — showing data cached on %1. Sitedesk will sync when the network is back.</source>
        <translation>Sin conexión — se muestran los datos guardados en caché el %1. Sitedesk sincronizará cuando vuelva la red.</translation>
    </message>
</context>
<context>
    <name>sitedesk::PagedReply</name>
    <message>
        <source>Expected a list from %1.</source>
        <translation>Se esperaba una lista de %1.</translation>
    </message>
</context>
<context>
    <name>sitedesk::PasteCodePanel</name>
    <message>
        <source>Cop&amp;y</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>&amp;Open Browser</source>
        <translation>Abrir &amp;navegador</translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation>Con&amp;tinuar</translation>
    </message>
    <message>
        <source>Paste the code Procore shows</source>
        <translation>Pegue el código que muestra Procore</translation>
    </message>
    <message>
        <source>Sitedesk could not receive the answer from your browser by itself. Open this address in a browser, approve Sitedesk, then paste the code you are shown.</source>
        <translation>Sitedesk no pudo recibir automáticamente la respuesta de su navegador. Abra esta dirección en un navegador, autorice a Sitedesk y luego pegue el código que se le muestre.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>Códi&amp;go:</translation>
    </message>
</context>
<context>
    <name>sitedesk::ProjectListView</name>
    <message>
        <source>Sync &amp;Now</source>
        <translation>Sincronizar a&amp;hora</translation>
    </message>
    <message>
        <source>Search projects by number, name, city or stage</source>
        <translation>Buscar proyectos por número, nombre, ciudad o etapa</translation>
    </message>
    <message>
        <source>No projects cached yet.</source>
        <translation>Todavía no hay proyectos en caché.</translation>
    </message>
    <message>
        <source>No projects match “%1”.</source>
        <translation>Ningún proyecto coincide con “%1”.</translation>
    </message>
</context>
<context>
    <name>sitedesk::ProjectPicker</name>
    <message>
        <source>Choose a Project</source>
        <translation>Elegir un proyecto</translation>
    </message>
    <message>
        <source>&amp;Open Project</source>
        <translation>&amp;Abrir proyecto</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Empresa:</translation>
    </message>
</context>
<context>
    <name>sitedesk::ProjectsModel</name>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
</context>
<context>
    <name>sitedesk::ServerSettingsForm</name>
    <message>
        <source>Unchanged (kept in the system keychain)</source>
        <translation>Sin cambios (guardado en el llavero del sistema)</translation>
    </message>
    <message>
        <source>Leave empty for public app registrations. The secret is stored in the system keychain, never in a settings file.</source>
        <translation>Déjelo vacío para los registros de aplicaciones públicas. El secreto se guarda en el llavero del sistema, nunca en un archivo de configuración.</translation>
    </message>
    <message>
        <source>The port of the redirect URI registered for your app: http://localhost:PORT/callback</source>
        <translation>El puerto del URI de redirección registrado para su aplicación: http://localhost:PUERTO/callback</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Entorno:</translation>
    </message>
    <message>
        <source>&amp;Login URL:</source>
        <translation>URL de &amp;inicio de sesión:</translation>
    </message>
    <message>
        <source>&amp;API URL:</source>
        <translation>U&amp;RL de la API:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>ID de c&amp;liente:</translation>
    </message>
    <message>
        <source>Client secre&amp;t:</source>
        <translation>Secre&amp;to de cliente:</translation>
    </message>
    <message>
        <source>&amp;Redirect port:</source>
        <translation>&amp;Puerto de redirección:</translation>
    </message>
    <message>
        <source>Enter a URL.</source>
        <translation>Escriba una URL.</translation>
    </message>
    <message>
        <source>This is not a valid URL.</source>
        <translation>Esta URL no es válida.</translation>
    </message>
    <message>
        <source>The URL must start with https:// or http://.</source>
        <translation>La URL debe comenzar con https:// o http://.</translation>
    </message>
    <message>
        <source>The URL needs a host name, such as api.procore.com.</source>
        <translation>La URL necesita un nombre de host, como api.procore.com.</translation>
    </message>
    <message>
        <source>Enter the client ID of your Procore app.</source>
        <translation>Escriba el ID de cliente de su aplicación de Procore.</translation>
    </message>
</context>
<context>
    <name>sitedesk::Session</name>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>No se pudo eliminar %1: %2</translation>
    </message>
</context>
<context>
    <name>sitedesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Procore</source>
        <translation>Procore</translation>
    </message>
    <message>
        <source>Enter a full path, such as %1.</source>
        <translation>Escriba una ruta completa, como %1.</translation>
    </message>
    <message>
        <source>Offline cache</source>
        <translation>Caché sin conexión</translation>
    </message>
    <message>
        <source>Takes effect the next time Sitedesk opens a cache.</source>
        <translation>Se aplica la próxima vez que Sitedesk abra una caché.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Clear Cac&amp;he…</source>
        <translation>&amp;Borrar caché…</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>Size on disk:</source>
        <translation>Tamaño en disco:</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Cada 15 minutos</translation>
    </message>
    <message>
        <source>Every 30 minutes</source>
        <translation>Cada 30 minutos</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Cada hora</translation>
    </message>
    <message>
        <source>A&amp;utomatic sync:</source>
        <translation>Sincronización aut&amp;omática:</translation>
    </message>
    <message>
        <source>Cache Location</source>
        <translation>Ubicación de la caché</translation>
    </message>
    <message>
        <source>Clear Cache</source>
        <translation>Borrar caché</translation>
    </message>
    <message>
        <source>Remove all data Sitedesk has cached for this account?</source>
        <translation>¿Eliminar todos los datos que Sitedesk guardó en caché para esta cuenta?</translation>
    </message>
    <message>
        <source>Nothing changes in Procore. You will need to sync again before you can work offline.</source>
        <translation>No cambia nada en Procore. Deberá volver a sincronizar para poder trabajar sin conexión.</translation>
    </message>
    <message>
        <source>C&amp;lear Cache</source>
        <translation>&amp;Borrar caché</translation>
    </message>
    <message>
        <source>Could not clear the cache: %1</source>
        <translation>No se pudo borrar la caché: %1</translation>
    </message>
    <message>
        <source>No cache is open.</source>
        <translation>No hay ninguna caché abierta.</translation>
    </message>
</context>
<context>
    <name>sitedesk::SignInPage</name>
    <message>
        <source>Sign &amp;in with Procore</source>
        <translation>&amp;Iniciar sesión con Procore</translation>
    </message>
    <message>
        <source>C&amp;hange Server…</source>
        <translation>Cam&amp;biar servidor…</translation>
    </message>
    <message>
        <source>&amp;Back to Cached Data</source>
        <translation>&amp;Volver a los datos en caché</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Your Procore projects on the desktop, also offline.</source>
        <translation>Sus proyectos de Procore en el escritorio, también sin conexión.</translation>
    </message>
    <message>
        <source>Sitedesk</source>
        <translation>Sitedesk</translation>
    </message>
    <message>
        <source>Restoring your session…</source>
        <translation>Restaurando su sesión…</translation>
    </message>
    <message>
        <source>Waiting for your browser… Approve Sitedesk there, then come back.</source>
        <translation>Esperando al navegador… Autorice a Sitedesk allí y luego vuelva.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Sesión iniciada.</translation>
    </message>
    <message>
        <source>Waiting for the code from your browser…</source>
        <translation>Esperando el código del navegador…</translation>
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
        <translation>El token de acceso de SITEDESK_ACCESS_TOKEN fue rechazado o expiró.</translation>
    </message>
</context>
<context>
    <name>sitedesk::SyncEngine</name>
    <message>
        <source>Syncing %1 (%2 of %3 pages)…</source>
        <translation>Sincronizando %1 (página %2 de %3)…</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>Sincronizando %1…</translation>
    </message>
</context>
<context>
    <name>sitedesk::SyncStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the sync (Esc)</source>
        <translation>Cancelar la sincronización (Esc)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Procore is reachable.</source>
        <translation>Procore está accesible.</translation>
    </message>
    <message>
        <source>Procore cannot be reached; showing cached data.</source>
        <translation>No se puede conectar con Procore; se muestran los datos en caché.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún no sincronizado</translation>
    </message>
    <message>
        <source>Last synced just now</source>
        <translation>Última sincronización: hace un momento</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <source>Last synced yesterday %1</source>
        <translation>Última sincronización: ayer, %1</translation>
    </message>
    <message>
        <source>API %1/%2</source>
        <translation>API %1/%2</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Última sincronización correcta: %1</translation>
    </message>
    <message>
        <source>Procore API requests left in this rate-limit window; the budget resets at %1.</source>
        <translation>Solicitudes restantes a la API de Procore en este período de límite; el cupo se restablece a las %1.</translation>
    </message>
    <message>
        <source>Procore API requests left in this rate-limit window.</source>
        <translation>Solicitudes restantes a la API de Procore en este período de límite.</translation>
    </message>
</context>
<context>
    <name>sitedesk::WorkspacePage</name>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Choose another project (Ctrl+O)</source>
        <translation>Elegir otro proyecto (Ctrl+O)</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>You are signed out. Cached data is shown; sign in to sync.</source>
        <translation>Su sesión está cerrada. Se muestran los datos en caché; inicie sesión para sincronizar.</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>&amp;Proyectos</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Choose a Project…</source>
        <translation>Elegir un proyecto…</translation>
    </message>
</context>
</TS>
