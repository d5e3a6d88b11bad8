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
    <message>
        <source>The disk is full: Sitedesk could not save what it downloaded. Free some space on the disk that holds the cache and sync again.</source>
        <translation>El disco está lleno: Sitedesk no pudo guardar lo que descargó. Libere espacio en el disco de la caché y vuelva a sincronizar.</translation>
    </message>
</context>
<context>
    <name>DailyLogField</name>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Sky</source>
        <translation>Cielo</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Precipitation</source>
        <translation>Precipitación</translation>
    </message>
    <message>
        <source>Wind</source>
        <translation>Viento</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Suelo</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Trabajadores</translation>
    </message>
    <message>
        <source>Hours each</source>
        <translation>Horas por trabajador</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Hours operating</source>
        <translation>Horas en funcionamiento</translation>
    </message>
    <message>
        <source>Hours idle</source>
        <translation>Horas inactivo</translation>
    </message>
    <message>
        <source>Delivery from</source>
        <translation>Entregado por</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Emitido a</translation>
    </message>
    <message>
        <source>Safety notice</source>
        <translation>Aviso de seguridad</translation>
    </message>
</context>
<context>
    <name>DailyLogReport</name>
    <message>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>Daily Report – %1 – %2</source>
        <translation>Informe diario – %1 – %2</translation>
    </message>
    <message>
        <source>Could not start the PDF.</source>
        <translation>No se pudo crear el PDF.</translation>
    </message>
</context>
<context>
    <name>DailyLogType</name>
    <message>
        <source>Manpower</source>
        <translation>Mano de obra</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Clima</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Inspecciones</translation>
    </message>
    <message>
        <source>Safety Violations</source>
        <translation>Infracciones de seguridad</translation>
    </message>
    <message>
        <source>Accidents</source>
        <translation>Accidentes</translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation>Productividad</translation>
    </message>
    <message>
        <source>Scheduled Work</source>
        <translation>Trabajo programado</translation>
    </message>
    <message>
        <source>Daily Construction Report</source>
        <translation>Informe diario de construcción</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitantes</translation>
    </message>
    <message>
        <source>Quantities</source>
        <translation>Cantidades</translation>
    </message>
    <message>
        <source>Waste</source>
        <translation>Residuos</translation>
    </message>
    <message>
        <source>Dumpsters</source>
        <translation>Contenedores</translation>
    </message>
    <message>
        <source>Plan Revisions</source>
        <translation>Revisiones de planos</translation>
    </message>
    <message>
        <source>Timecard Entries</source>
        <translation>Entradas de hojas de horas</translation>
    </message>
</context>
<context>
    <name>DrawingFileUrls</name>
    <message>
        <source>This sheet is no longer in the drawing log. Sync again.</source>
        <translation>Este plano ya no está en el registro de planos. Vuelva a sincronizar.</translation>
    </message>
    <message>
        <source>Procore sent no new link for this sheet.</source>
        <translation>Procore no envió un enlace nuevo para este plano.</translation>
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
        <translation>La vista de presupuesto %1 no está en caché para el proyecto %2. Ejecute primero &quot;sitedesk sync --tools budget&quot;.</translation>
    </message>
    <message>
        <source>No budget view is cached for project %1. Run &quot;sitedesk sync --tools budget&quot; first.</source>
        <translation>No hay ninguna vista de presupuesto en caché para el proyecto %1. Ejecute primero &quot;sitedesk sync --tools budget&quot;.</translation>
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
    <message>
        <source>&amp;Budget</source>
        <translation>Presupues&amp;to</translation>
    </message>
    <message>
        <source>&amp;Photos</source>
        <translation>&amp;Fotos</translation>
    </message>
    <message>
        <source>&amp;Daily Log</source>
        <translation>&amp;Registro diario</translation>
    </message>
    <message>
        <source>Dra&amp;wings</source>
        <translation>P&amp;lanos</translation>
    </message>
    <message>
        <source>&amp;Submittals</source>
        <translation>E&amp;ntregables</translation>
    </message>
</context>
<context>
    <name>OutboxStore</name>
    <message>
        <source>Sitedesk stopped while sending this. It may already be in Procore: check there, then send it again or discard it.</source>
        <translation>Sitedesk se detuvo mientras enviaba este cambio. Puede que ya esté en Procore: compruébelo allí y luego vuelva a enviarlo o descártelo.</translation>
    </message>
</context>
<context>
    <name>PhotoFileUrls</name>
    <message>
        <source>This photo is no longer in the album. Sync again.</source>
        <translation>Esta foto ya no está en el álbum. Vuelva a sincronizar.</translation>
    </message>
    <message>
        <source>Procore sent no new link for this photo.</source>
        <translation>Procore no envió un enlace nuevo para esta foto.</translation>
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
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Daily Log</source>
        <translation>Registro diario</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Drawings</source>
        <translation>Planos</translation>
    </message>
    <message>
        <source>Submittals</source>
        <translation>Entregables</translation>
    </message>
</context>
<context>
    <name>UploadPlan</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>The file became shorter while it was read.</source>
        <translation>El archivo se acortó mientras se leía.</translation>
    </message>
    <message>
        <source>The file became longer while it was read.</source>
        <translation>El archivo se alargó mientras se leía.</translation>
    </message>
</context>
<context>
    <name>sitedesk::AlbumOffline</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop, and keep none of this album&apos;s photos offline</source>
        <translation>Detener y no guardar sin conexión ninguna foto de este álbum</translation>
    </message>
    <message>
        <source>Open a project to keep its photos offline.</source>
        <translation>Abra un proyecto para guardar sus fotos sin conexión.</translation>
    </message>
    <message>
        <source>An album is still being made available offline. Cancel that first, or wait for it.</source>
        <translation>Todavía se está descargando un álbum para usarlo sin conexión. Cancele esa descarga o espere a que termine.</translation>
    </message>
    <message>
        <source>There are no photos in %1.</source>
        <translation>No hay fotos en el álbum “%1”.</translation>
    </message>
    <message>
        <source>Keep Album Offline</source>
        <translation>Guardar álbum sin conexión</translation>
    </message>
    <message numerus="yes">
        <source>Keep the %n photo(s) of %1 on this computer?</source>
        <translation>
            <numerusform>¿Guardar en este equipo la %n foto del álbum “%1”?</numerusform>
            <numerusform>¿Guardar en este equipo las %n fotos del álbum “%1”?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every one is on this computer already: nothing to download.</source>
        <translation>Todos están ya en este equipo: no hay nada que descargar.</translation>
    </message>
    <message numerus="yes">
        <source>About %1 to download for %n photo(s).</source>
        <translation>
            <numerusform>Unos %1 por descargar para %n foto.</numerusform>
            <numerusform>Unos %1 por descargar para %n fotos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Photos kept offline open full size with no network and are never removed to save space.</source>
        <translation>Las fotos guardadas sin conexión se abren a tamaño completo sin red y nunca se eliminan para ahorrar espacio.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>%1: %2 of %3 photos offline (%4 downloaded)…</source>
        <translation>%1: %2 de %3 fotos sin conexión (%4 descargados)…</translation>
    </message>
    <message>
        <source>Cancelled: the photos of %1 are not kept offline (those kept before stay).</source>
        <translation>Cancelado: las fotos del álbum “%1” no se guardan sin conexión (las guardadas antes se conservan).</translation>
    </message>
    <message numerus="yes">
        <source>%1: all %n photo(s) are available offline.</source>
        <translation>
            <numerusform>%1: %n foto está disponible sin conexión.</numerusform>
            <numerusform>%1: las %n fotos están disponibles sin conexión.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 photos are available offline; %4 could not be downloaded: %5</source>
        <translation>%1: %2 de %3 fotos están disponibles sin conexión; %4 no se pudieron descargar: %5</translation>
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
    <name>sitedesk::AttachmentFiles</name>
    <message>
        <source>kept offline</source>
        <translation>guardado sin conexión</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>en este equipo</translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>Ningún programa de este equipo puede abrir %1.</translation>
    </message>
    <message>
        <source>Open a project to see its attachments.</source>
        <translation>Abra un proyecto para ver sus adjuntos.</translation>
    </message>
    <message>
        <source>%1 is not on this computer, and Sitedesk cannot reach Procore to get it.</source>
        <translation>%1 no está en este equipo y Sitedesk no puede conectarse con Procore para obtenerlo.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Descargando %1…</translation>
    </message>
    <message>
        <source>Downloading %1… %2%</source>
        <translation>Descargando %1… %2%</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>No se pudo descargar %1: %2</translation>
    </message>
    <message>
        <source>%1 is kept on this computer.</source>
        <translation>%1 se guarda en este equipo.</translation>
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
    <name>sitedesk::BudgetChartPanel</name>
    <message>
        <source>Nothing to chart yet.</source>
        <translation>Todavía no hay nada que graficar.</translation>
    </message>
    <message>
        <source>Budget, committed and projected by division (%1)</source>
        <translation>Presupuesto, comprometido y proyectado por división (%1)</translation>
    </message>
    <message>
        <source>amounts</source>
        <translation>importes</translation>
    </message>
    <message>
        <source>Click a bar to show only that division in the table.</source>
        <translation>Haga clic en una barra para mostrar solo esa división en la tabla.</translation>
    </message>
    <message>
        <source>Budget modifications per month, %1 – %2</source>
        <translation>Modificaciones del presupuesto por mes, %1 – %2</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferido</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Total acumulado</translation>
    </message>
</context>
<context>
    <name>sitedesk::BudgetModificationsModel</name>
    <message>
        <source>(added to the budget)</source>
        <translation>(añadido al presupuesto)</translation>
    </message>
    <message>
        <source>Line item %1</source>
        <translation>Partida %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>sitedesk::BudgetTab</name>
    <message>
        <source>&amp;Over budget only</source>
        <translation>Solo &amp;por encima del presupuesto</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vista:</translation>
    </message>
    <message>
        <source>Filter by cost code, division or cost type</source>
        <translation>Filtrar por código de costo, división o tipo de costo</translation>
    </message>
    <message>
        <source>Show all divisions</source>
        <translation>Mostrar todas las divisiones</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>CSV for Excel…</source>
        <translation>CSV para Excel…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>E&amp;xpand All</source>
        <translation>Expandir &amp;todo</translation>
    </message>
    <message>
        <source>Co&amp;llapse All</source>
        <translation>Contraer t&amp;odo</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Modifications</source>
        <translation>Modificaciones</translation>
    </message>
    <message>
        <source>Direct Costs</source>
        <translation>Costos directos</translation>
    </message>
    <message>
        <source>Division: %1</source>
        <translation>División: %1</translation>
    </message>
    <message>
        <source>Choose a project to see its budget.</source>
        <translation>Elija un proyecto para ver su presupuesto.</translation>
    </message>
    <message>
        <source>No budget is cached for this project yet. Sync to download it; it stays readable offline.</source>
        <translation>Todavía no hay presupuesto en caché para este proyecto. Sincronice para descargarlo; se podrá consultar sin conexión.</translation>
    </message>
    <message>
        <source>This budget view has no lines.</source>
        <translation>Esta vista de presupuesto no tiene líneas.</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>presupuesto</translation>
    </message>
    <message>
        <source>Export Budget</source>
        <translation>Exportar presupuesto</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
</context>
<context>
    <name>sitedesk::BudgetTreeModel</name>
    <message>
        <source>Grand Total</source>
        <translation>Total general</translation>
    </message>
    <message>
        <source>No division</source>
        <translation>Sin división</translation>
    </message>
    <message>
        <source>No cost code</source>
        <translation>Sin código de costo</translation>
    </message>
    <message>
        <source>Cost Code</source>
        <translation>Código de costo</translation>
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
    <message>
        <source>--from, --to and --type apply to --tool daily_log only.</source>
        <translation>--from, --to y --type solo se aplican a --tool daily_log.</translation>
    </message>
    <message>
        <source>--%1 must be a date YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 debe ser una fecha AAAA-MM-DD, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to no puede ser anterior a --from.</translation>
    </message>
    <message>
        <source>Unknown daily log type &quot;%1&quot;. Known types: %2.</source>
        <translation>Tipo de registro diario desconocido: &quot;%1&quot;. Tipos disponibles: %2.</translation>
    </message>
    <message>
        <source>Submittal to attach the files of upload to.</source>
        <translation>Entregable al que se adjuntarán los archivos de upload.</translation>
    </message>
    <message>
        <source>Photo album (image category) to add the photos of upload to, instead of --submittal.</source>
        <translation>Álbum de fotos (categoría de imágenes) al que se añadirán las fotos de upload, en lugar de --submittal.</translation>
    </message>
    <message>
        <source>Drawing set for offline --tool drawings (default: every current sheet).</source>
        <translation>Conjunto de planos para offline --tool drawings (predeterminado: todos los planos actuales).</translation>
    </message>
    <message>
        <source>Budget view id for export --tool budget (default: the project&apos;s first view).</source>
        <translation>ID de la vista de presupuesto para export --tool budget (predeterminado: la primera vista del proyecto).</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD) for export --tool daily_log.</source>
        <translation>Primer día (AAAA-MM-DD) para export --tool daily_log.</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD) for export --tool daily_log.</source>
        <translation>Último día (AAAA-MM-DD) para export --tool daily_log.</translation>
    </message>
    <message>
        <source>Daily log type for export --tool daily_log, e.g. manpower or notes (default: every type).</source>
        <translation>Tipo de registro diario para export --tool daily_log, p. ej., manpower o notes (predeterminado: todos los tipos).</translation>
    </message>
    <message>
        <source>--view applies to --tool budget only.</source>
        <translation>--view solo se aplica a --tool budget.</translation>
    </message>
    <message>
        <source>Sent %1 change(s) to Procore.</source>
        <translation>Cambios enviados a Procore: %1.</translation>
    </message>
    <message>
        <source>%1 change(s) still wait; open the Outbox in Sitedesk to see why.</source>
        <translation>Cambios todavía en espera: %1. Abra la Bandeja de salida en Sitedesk para ver el motivo.</translation>
    </message>
    <message>
        <source>offline needs --tool drawings.</source>
        <translation>offline requiere --tool drawings.</translation>
    </message>
    <message>
        <source>offline needs --project ID.</source>
        <translation>offline requiere --project ID.</translation>
    </message>
    <message>
        <source>No drawings of project %1 are cached%2. Run &quot;sitedesk sync --tools drawings&quot; first.</source>
        <translation>No hay planos del proyecto %1 en caché%2. Ejecute primero &quot;sitedesk sync --tools drawings&quot;.</translation>
    </message>
    <message>
        <source> in drawing set %1</source>
        <translation> en el conjunto de planos %1</translation>
    </message>
    <message>
        <source>%1 of %2 sheets done</source>
        <translation>%1 de %2 planos listos</translation>
    </message>
    <message>
        <source>%1 of %2 sheets could not be kept offline.</source>
        <translation>No se pudieron guardar sin conexión %1 de %2 planos.</translation>
    </message>
    <message>
        <source>upload takes either --submittal ID or --album ID, not both.</source>
        <translation>upload acepta --submittal ID o --album ID, no ambos.</translation>
    </message>
    <message>
        <source>upload needs --project ID and --submittal ID (or --album ID for photos).</source>
        <translation>upload requiere --project ID y --submittal ID (o --album ID para fotos).</translation>
    </message>
    <message>
        <source>upload needs at least one FILE.</source>
        <translation>upload requiere al menos un ARCHIVO.</translation>
    </message>
    <message>
        <source>Project %1 is not in the cache: pass --company ID or run &quot;sitedesk sync&quot; first.</source>
        <translation>El proyecto %1 no está en la caché: indique --company ID o ejecute primero &quot;sitedesk sync&quot;.</translation>
    </message>
    <message>
        <source>No file to upload.</source>
        <translation>No hay ningún archivo para cargar.</translation>
    </message>
    <message>
        <source>%1: %2% (%3/s)</source>
        <translation>%1: %2% (%3/s)</translation>
    </message>
    <message>
        <source>%1: added to album %2.</source>
        <translation>%1: añadido al álbum %2.</translation>
    </message>
    <message>
        <source>%1: attached to submittal %2.</source>
        <translation>%1: adjuntado al entregable %2.</translation>
    </message>
    <message>
        <source>sitedesk: %1: not attached: %2</source>
        <translation>sitedesk: %1: no adjuntado: %2</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not attached; run the same command again to resume.</source>
        <translation>
            <numerusform>%n archivo no adjuntado; ejecute de nuevo el mismo comando para reanudar.</numerusform>
            <numerusform>%n archivos no adjuntados; ejecute de nuevo el mismo comando para reanudar.</numerusform>
        </translation>
    </message>
    <message>
        <source>sync: also read in full what is otherwise read in full every six hours (each drawing area&apos;s drawings, the submittals&apos; count), to see at once what was deleted in Procore.</source>
        <translation>sync: leer también completo lo que solo se lee completo cada seis horas (los planos de cada área, el número de submittals), para ver enseguida lo que se eliminó en Procore.</translation>
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
            <numerusform>%n trabajador</numerusform>
            <numerusform>%n trabajadores</numerusform>
        </translation>
    </message>
    <message>
        <source>(no details)</source>
        <translation>(sin detalles)</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Trabajadores</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · Attached: %2</source>
        <translation>%1 · Adjuntos: %2</translation>
    </message>
    <message>
        <source>%1
Attached: %2</source>
        <translation>%1
Adjuntos: %2</translation>
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
        <translation>Se guarda al instante; se envía a Procore cuando haya conexión.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Building 1&gt;Level 2</source>
        <translation>Edificio 1&gt;Nivel 2</translation>
    </message>
    <message>
        <source>Separate the tiers with &apos;&gt;&apos;, as Procore does: Building 1&gt;Level 2&gt;Room 204</source>
        <translation>Separe los niveles con &apos;&gt;&apos;, como en Procore: Edificio 1&gt;Nivel 2&gt;Sala 204</translation>
    </message>
    <message>
        <source>Procore did not accept this entry. Correct it and save to send it again.</source>
        <translation>Procore no aceptó esta entrada. Corríjala y guárdela para volver a enviarla.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
</context>
<context>
    <name>sitedesk::DailyLogRangeModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Trabajadores</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>sitedesk::DailyLogRangePage</name>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filtro:</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Todas las empresas</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Todas las ubicaciones</translation>
    </message>
    <message>
        <source>Choose a project to see its daily log.</source>
        <translation>Elija un proyecto para ver su registro diario.</translation>
    </message>
    <message>
        <source>No daily log entries from %1 to %2.</source>
        <translation>No hay entradas del registro diario del %1 al %2.</translation>
    </message>
    <message>
        <source>Manpower in the entries listed: %1 workers, %2 man-hours</source>
        <translation>Mano de obra en las entradas mostradas: %1 trabajadores, %2 horas-hombre</translation>
    </message>
</context>
<context>
    <name>sitedesk::DailyLogReportLayout</name>
    <message>
        <source>Daily Report</source>
        <translation>Informe diario</translation>
    </message>
    <message>
        <source>No daily log entries for these days.</source>
        <translation>No hay entradas del registro diario para estos días.</translation>
    </message>
    <message>
        <source>%1 (No. %2)</source>
        <translation>%1 (N.º %2)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Trabajadores</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 (%n)</source>
        <translation>%1 (%n)</translation>
    </message>
    <message>
        <source>No company</source>
        <translation>Sin empresa</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Manpower by company</source>
        <translation>Mano de obra por empresa</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Man-hours</source>
        <translation>Horas-hombre</translation>
    </message>
</context>
<context>
    <name>sitedesk::DailyLogTab</name>
    <message>
        <source>Days in bold have daily log entries.</source>
        <translation>Los días en negrita tienen entradas en el registro diario.</translation>
    </message>
    <message>
        <source>Manpower this day</source>
        <translation>Mano de obra de este día</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week or Month</source>
        <translation>Semana o mes</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n entries</source>
        <translation>
            <numerusform>%1 · %n entrada</numerusform>
            <numerusform>%1 · %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a project to see its daily log.</source>
        <translation>Elija un proyecto para ver su registro diario.</translation>
    </message>
    <message>
        <source>No daily log is cached for this project yet. Sync to download it; it stays readable offline.</source>
        <translation>Todavía no hay registro diario en caché para este proyecto. Sincronice para descargarlo; se podrá consultar sin conexión.</translation>
    </message>
    <message>
        <source>This project has no daily log entries in Procore yet. Use Add to write the first one.</source>
        <translation>Este proyecto todavía no tiene entradas en el registro diario de Procore. Use Agregar para escribir la primera.</translation>
    </message>
    <message>
        <source>No daily log entries on %1.
Pick a day shown in bold in the calendar, or use Add to write one.</source>
        <translation>No hay entradas del registro diario el %1.
Elija un día en negrita en el calendario o use Agregar para escribir una.</translation>
    </message>
    <message>
        <source>Sitedesk cannot edit %1 entries yet; change them in Procore.</source>
        <translation>Sitedesk todavía no puede editar entradas de %1; modifíquelas en Procore.</translation>
    </message>
    <message>
        <source>The entry was not saved: %1</source>
        <translation>No se guardó la entrada: %1</translation>
    </message>
    <message>
        <source>Manpower was not copied: %1</source>
        <translation>No se copió la mano de obra: %1</translation>
    </message>
    <message>
        <source>There is no earlier day with manpower to copy.</source>
        <translation>No hay ningún día anterior con mano de obra para copiar.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n manpower entries; they are sent to Procore when online.</source>
        <translation>
            <numerusform>Se copió %n entrada de mano de obra; se enviará a Procore cuando haya conexión.</numerusform>
            <numerusform>Se copiaron %n entradas de mano de obra; se enviarán a Procore cuando haya conexión.</numerusform>
        </translation>
    </message>
    <message>
        <source>daily-log-%1</source>
        <translation>registro-diario-%1</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Daily Log</source>
        <translation>Exportar registro diario</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Drop photos or files on an entry to attach them in Procore.</source>
        <translation>Suelte fotos o archivos sobre una entrada para adjuntarlos en Procore.</translation>
    </message>
    <message>
        <source>Drop the files on an entry: they are attached to the entry they fall on.</source>
        <translation>Suelte los archivos sobre una entrada: se adjuntan a la entrada sobre la que caen.</translation>
    </message>
    <message>
        <source>Procore does not take files on %1 entries. Drop them on a note, manpower, delivery or other entry instead.</source>
        <translation>Procore no admite archivos en las entradas de %1. Suéltelos sobre una nota, mano de obra, entrega u otra entrada.</translation>
    </message>
    <message>
        <source>This %1 entry is not in Procore yet (it waits to be sent), so it cannot take files. Drop them again once it has been sent.</source>
        <translation>Esta entrada de %1 todavía no está en Procore (está pendiente de envío), por lo que no admite archivos. Vuelva a soltarlos cuando se haya enviado.</translation>
    </message>
    <message numerus="yes">
        <source>Attaching %n file(s) to the %1 entry; View ▸ Uploads shows their progress.</source>
        <translation>
            <numerusform>Adjuntando %n archivo a la entrada de %1; Ver ▸ Cargas muestra el progreso.</numerusform>
            <numerusform>Adjuntando %n archivos a la entrada de %1; Ver ▸ Cargas muestra el progreso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach files to the %1 entry</source>
        <translation>Adjuntar archivos a la entrada de %1</translation>
    </message>
</context>
<context>
    <name>sitedesk::DailyLogToolbar</name>
    <message>
        <source>&amp;Previous Day</source>
        <translation>Día an&amp;terior</translation>
    </message>
    <message>
        <source>&amp;Next Day</source>
        <translation>Día &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>&amp;Edit Entry…</source>
        <translation>&amp;Editar entrada…</translation>
    </message>
    <message>
        <source>&amp;Copy Manpower from Previous Day</source>
        <translation>&amp;Copiar mano de obra del día anterior</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>Add an entry to this day (saved at once, sent to Procore when online)</source>
        <translation>Agregar una entrada a este día (se guarda al instante y se envía a Procore cuando haya conexión)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Day as PDF Report…</source>
        <translation>Día como informe PDF…</translation>
    </message>
    <message>
        <source>Day as CSV…</source>
        <translation>Día como CSV…</translation>
    </message>
    <message>
        <source>Week or Month as PDF Report…</source>
        <translation>Semana o mes como informe PDF…</translation>
    </message>
    <message>
        <source>Week or Month as CSV…</source>
        <translation>Semana o mes como CSV…</translation>
    </message>
    <message>
        <source>Attach F&amp;iles…</source>
        <translation>Adjuntar arch&amp;ivos…</translation>
    </message>
    <message>
        <source>Upload files to Procore and attach them to the chosen entry (or drop files on the entry)</source>
        <translation>Cargar archivos en Procore y adjuntarlos a la entrada elegida (o suelte los archivos sobre la entrada)</translation>
    </message>
</context>
<context>
    <name>sitedesk::DailyLogWriter</name>
    <message>
        <source>Sign in and choose a project to add daily log entries.</source>
        <translation>Inicie sesión y elija un proyecto para agregar entradas al registro diario.</translation>
    </message>
    <message>
        <source>New %1 entry for %2</source>
        <translation>Nueva entrada de %1 para el %2</translation>
    </message>
    <message>
        <source>Edit %1 entry of %2</source>
        <translation>Edición de entrada de %1 del %2</translation>
    </message>
    <message>
        <source>This change is being sent right now; edit it again in a moment.</source>
        <translation>Este cambio se está enviando ahora mismo; vuelva a editarlo en un momento.</translation>
    </message>
    <message>
        <source>This change was already sent to Procore.</source>
        <translation>Este cambio ya se envió a Procore.</translation>
    </message>
</context>
<context>
    <name>sitedesk::DateRangeFilter</name>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>From… to…</source>
        <translation>Desde… hasta…</translation>
    </message>
    <message>
        <source>Show photos taken in this period</source>
        <translation>Mostrar las fotos tomadas en este período</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Taken from</source>
        <translation>Tomada desde</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Taken until</source>
        <translation>Tomada hasta</translation>
    </message>
</context>
<context>
    <name>sitedesk::DirectCostsModel</name>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>Nómina</translation>
    </message>
    <message>
        <source>Subcontractor invoice</source>
        <translation>Factura de subcontratista</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Revise and resubmit</source>
        <translation>Revisar y volver a enviar</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Invoice #</source>
        <translation>N.º de factura</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
</context>
<context>
    <name>sitedesk::DrawingLogFilterBar</name>
    <message>
        <source>Current only</source>
        <translation>Solo actuales</translation>
    </message>
    <message>
        <source>Search sheet number or title</source>
        <translation>Buscar número o título de plano</translation>
    </message>
    <message>
        <source>Show the sheets of one drawing set</source>
        <translation>Mostrar los planos de un conjunto de planos</translation>
    </message>
    <message>
        <source>Show the sheets of one discipline</source>
        <translation>Mostrar los planos de una disciplina</translation>
    </message>
    <message>
        <source>Show only each sheet&apos;s current revision; clear it to list every revision</source>
        <translation>Mostrar solo la revisión actual de cada plano; desactívelo para ver todas las revisiones</translation>
    </message>
    <message>
        <source>All drawing sets</source>
        <translation>Todos los conjuntos de planos</translation>
    </message>
    <message>
        <source>All disciplines</source>
        <translation>Todas las disciplinas</translation>
    </message>
</context>
<context>
    <name>sitedesk::DrawingLogModel</name>
    <message>
        <source>Kept offline</source>
        <translation>Guardado sin conexión</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>En este equipo</translation>
    </message>
    <message>
        <source>Opens from Procore</source>
        <translation>Se abre desde Procore</translation>
    </message>
    <message>
        <source>New since you last opened this sheet</source>
        <translation>Nuevo desde la última vez que abrió este plano</translation>
    </message>
    <message>
        <source>Superseded: not the current revision of this sheet</source>
        <translation>Reemplazado: no es la revisión actual de este plano</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Disciplina</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Drawing set</source>
        <translation>Conjunto de planos</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Drawing date</source>
        <translation>Fecha del plano</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
</context>
<context>
    <name>sitedesk::DrawingRevisionsModel</name>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>kept offline</source>
        <translation>guardado sin conexión</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>en este equipo</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <source>Drawing set</source>
        <translation>Conjunto de planos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>sitedesk::DrawingSheetPane</name>
    <message>
        <source>Revision history</source>
        <translation>Historial de revisiones</translation>
    </message>
    <message>
        <source>Choose a sheet in the log to see it here.</source>
        <translation>Elija un plano del registro para verlo aquí.</translation>
    </message>
    <message>
        <source>%1 – %2 (revision %3)</source>
        <translation>%1 – %2 (revisión %3)</translation>
    </message>
    <message>
        <source>Open a project to see its drawings.</source>
        <translation>Abra un proyecto para ver sus planos.</translation>
    </message>
    <message>
        <source>This sheet is not on this computer, and Sitedesk cannot reach Procore to get it.</source>
        <translation>Este plano no está en este equipo y Sitedesk no puede conectarse con Procore para obtenerlo.</translation>
    </message>
</context>
<context>
    <name>sitedesk::DrawingTreeModel</name>
    <message>
        <source>No area</source>
        <translation>Sin área</translation>
    </message>
    <message>
        <source>All drawings</source>
        <translation>Todos los planos</translation>
    </message>
    <message>
        <source>No discipline</source>
        <translation>Sin disciplina</translation>
    </message>
    <message>
        <source>Areas and disciplines</source>
        <translation>Áreas y disciplinas</translation>
    </message>
</context>
<context>
    <name>sitedesk::DrawingViewer</name>
    <message>
        <source>◀ Sheet</source>
        <translation>◀ Plano</translation>
    </message>
    <message>
        <source>Previous sheet in the log (Alt+Up)</source>
        <translation>Plano anterior del registro (Alt+Up)</translation>
    </message>
    <message>
        <source>Sheet ▶</source>
        <translation>Plano ▶</translation>
    </message>
    <message>
        <source>Next sheet in the log (Alt+Down)</source>
        <translation>Plano siguiente del registro (Alt+Down)</translation>
    </message>
    <message>
        <source>‹</source>
        <translation>‹</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Página anterior (Page Up)</translation>
    </message>
    <message>
        <source>›</source>
        <translation>›</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Página siguiente (Page Down)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Alejar (Ctrl+−)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Acercar (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Ajustar a la página</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Keep offline</source>
        <translation>Guardar sin conexión</translation>
    </message>
    <message>
        <source>Keep this sheet on this computer, to open it without a network</source>
        <translation>Guardar este plano en este equipo para abrirlo sin red</translation>
    </message>
    <message>
        <source>Choose a sheet in the log to see it here.</source>
        <translation>Elija un plano del registro para verlo aquí.</translation>
    </message>
    <message>
        <source>This sheet&apos;s file cannot be read (%1). Remove it from this computer and open it again.</source>
        <translation>No se puede leer el archivo de este plano (%1). Elimínelo de este equipo y vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>Downloading %1 …</source>
        <translation>Descargando %1 …</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>sitedesk::DrawingsOfflineBar</name>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop, and keep none of these sheets offline</source>
        <translation>Detener y no guardar ninguno de estos planos sin conexión</translation>
    </message>
    <message>
        <source>Open a project to keep its sheets offline.</source>
        <translation>Abra un proyecto para guardar sus planos sin conexión.</translation>
    </message>
    <message>
        <source>Sheets are still being made available offline. Cancel that first, or wait for it.</source>
        <translation>Todavía se están descargando planos para usarlos sin conexión. Cancele esa descarga o espere a que termine.</translation>
    </message>
    <message>
        <source>There are no sheets in %1.</source>
        <translation>No hay planos en %1.</translation>
    </message>
    <message>
        <source>Make Available Offline</source>
        <translation>Disponible sin conexión</translation>
    </message>
    <message numerus="yes">
        <source>Make %n sheet(s) of %1 available offline?</source>
        <translation>
            <numerusform>¿Hacer disponible sin conexión %n plano (%1)?</numerusform>
            <numerusform>¿Hacer disponibles sin conexión %n planos (%1)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every one is on this computer already: nothing to download.</source>
        <translation>Todos están ya en este equipo: no hay nada que descargar.</translation>
    </message>
    <message numerus="yes">
        <source>About %1 to download for %n sheet(s).</source>
        <translation>
            <numerusform>Unos %1 por descargar para %n plano.</numerusform>
            <numerusform>Unos %1 por descargar para %n planos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) already on this computer.</source>
        <translation>
            <numerusform>%n plano ya está en este equipo.</numerusform>
            <numerusform>%n planos ya están en este equipo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Procore gives no size for %n of them.</source>
        <translation>
            <numerusform>Procore no indica el tamaño de %n de ellos.</numerusform>
            <numerusform>Procore no indica el tamaño de %n de ellos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheets kept offline open with no network and are never removed to save space.</source>
        <translation>Los planos guardados sin conexión se abren sin red y nunca se eliminan para ahorrar espacio.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>%1: %2 of %3 sheets offline (%4 downloaded)</source>
        <translation>%1: %2 de %3 planos sin conexión (%4 descargados)</translation>
    </message>
    <message>
        <source>Paused. %1</source>
        <translation>En pausa. %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Go on downloading</source>
        <translation>Continuar la descarga</translation>
    </message>
    <message>
        <source>Let the sheets on their way finish, and start no more</source>
        <translation>Dejar terminar los planos en curso y no iniciar más</translation>
    </message>
    <message>
        <source>Cancelled: the sheets of %1 are not kept offline (those kept before stay).</source>
        <translation>Cancelado: los planos (%1) no se guardan sin conexión (los guardados antes se conservan).</translation>
    </message>
    <message numerus="yes">
        <source>%1: all %n sheet(s) are available offline.</source>
        <translation>
            <numerusform>%1: %n plano está disponible sin conexión.</numerusform>
            <numerusform>%1: los %n planos están disponibles sin conexión.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 sheets are available offline; %4 could not be downloaded.</source>
        <translation>%1: %2 de %3 planos están disponibles sin conexión; %4 no se pudieron descargar.</translation>
    </message>
</context>
<context>
    <name>sitedesk::DrawingsOfflineMenu</name>
    <message numerus="yes">
        <source>%1 (%n sheet(s))</source>
        <translation>
            <numerusform>%1 (%n plano)</numerusform>
            <numerusform>%1 (%n planos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheets shown in the log</source>
        <translation>Planos mostrados en el registro</translation>
    </message>
    <message>
        <source>the sheets shown</source>
        <translation>planos mostrados</translation>
    </message>
    <message>
        <source>Drawing set</source>
        <translation>Conjunto de planos</translation>
    </message>
    <message>
        <source>drawing set “%1”</source>
        <translation>conjunto de planos “%1”</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>area “%1”</source>
        <translation>área “%1”</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Disciplina</translation>
    </message>
    <message>
        <source>discipline “%1”</source>
        <translation>disciplina “%1”</translation>
    </message>
</context>
<context>
    <name>sitedesk::DrawingsTab</name>
    <message>
        <source>Make available offline</source>
        <translation>Hacer disponible sin conexión</translation>
    </message>
    <message>
        <source>Download the sheets shown, or a whole drawing set, area or discipline, and keep them on this computer</source>
        <translation>Descargar los planos mostrados, o un conjunto de planos, área o disciplina completos, y guardarlos en este equipo</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the log as shown to a CSV file</source>
        <translation>Guardar el registro tal como se muestra en un archivo CSV</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>%n plano</numerusform>
            <numerusform>%n planos</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Drawing Log</source>
        <translation>Exportar registro de planos</translation>
    </message>
    <message>
        <source>drawing log</source>
        <translation>registro de planos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n sheet(s) to %1</source>
        <translation>
            <numerusform>Se guardó %n plano en %1</numerusform>
            <numerusform>Se guardaron %n planos en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 – %2 (revision %3)</source>
        <translation>%1 – %2 (revisión %3)</translation>
    </message>
    <message>
        <source>Make “%1” available offline…</source>
        <translation>Hacer disponible sin conexión “%1”…</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>All drawings</source>
        <translation>Todos los planos</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Show the log as a table (Alt+1)</source>
        <translation>Mostrar el registro como tabla (Alt+1)</translation>
    </message>
    <message>
        <source>Thumbnails</source>
        <translation>Miniaturas</translation>
    </message>
    <message>
        <source>Show the log as sheet thumbnails (Alt+2)</source>
        <translation>Mostrar el registro como miniaturas de planos (Alt+2)</translation>
    </message>
    <message>
        <source>Loading the drawing log…</source>
        <translation>Cargando el registro de planos…</translation>
    </message>
</context>
<context>
    <name>sitedesk::FileFetch</name>
    <message>
        <source>The download was cancelled.</source>
        <translation>Se canceló la descarga.</translation>
    </message>
    <message>
        <source>This file is not on this computer, and Sitedesk cannot reach Procore to get it.</source>
        <translation>Este archivo no está en este equipo y Sitedesk no puede conectarse con Procore para obtenerlo.</translation>
    </message>
    <message>
        <source>Sitedesk cannot create the folder %1 for downloaded files.</source>
        <translation>Sitedesk no puede crear la carpeta %1 para los archivos descargados.</translation>
    </message>
    <message>
        <source>Sitedesk cannot write %1: %2</source>
        <translation>Sitedesk no puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The file server resumed the download at the wrong place.</source>
        <translation>El servidor de archivos reanudó la descarga en un punto incorrecto.</translation>
    </message>
    <message>
        <source>Not enough free disk space to download this file (%1 MB needed).</source>
        <translation>No hay suficiente espacio libre en el disco para descargar este archivo (se necesitan %1 MB).</translation>
    </message>
    <message>
        <source>Sitedesk could not save the download (the disk may be full): %1</source>
        <translation>Sitedesk no pudo guardar la descarga (puede que el disco esté lleno): %1</translation>
    </message>
    <message>
        <source>The download stopped before the end of the file.</source>
        <translation>La descarga se detuvo antes del final del archivo.</translation>
    </message>
    <message>
        <source>This file is no longer on Procore.</source>
        <translation>Este archivo ya no está en Procore.</translation>
    </message>
    <message>
        <source>The file server could not continue the download.</source>
        <translation>El servidor de archivos no pudo continuar la descarga.</translation>
    </message>
    <message>
        <source>The file server failed (%1).</source>
        <translation>Error del servidor de archivos (%1).</translation>
    </message>
    <message>
        <source>The download was interrupted: %1</source>
        <translation>Se interrumpió la descarga: %1</translation>
    </message>
    <message>
        <source>The file server sent too many redirects.</source>
        <translation>El servidor de archivos envió demasiadas redirecciones.</translation>
    </message>
    <message>
        <source>The download link has expired. Sync again to get a fresh one.</source>
        <translation>El enlace de descarga caducó. Vuelva a sincronizar para obtener uno nuevo.</translation>
    </message>
    <message>
        <source>Procore refused this download: you may not have access to the file.</source>
        <translation>Procore rechazó esta descarga: puede que no tenga acceso al archivo.</translation>
    </message>
    <message>
        <source>Procore sent no new link for this file.</source>
        <translation>Procore no envió un enlace nuevo para este archivo.</translation>
    </message>
    <message>
        <source>The downloaded file was damaged on the way (its checksum does not match).</source>
        <translation>El archivo descargado se dañó por el camino (su suma de comprobación no coincide).</translation>
    </message>
    <message>
        <source>Sitedesk could not record the download: %1</source>
        <translation>Sitedesk no pudo registrar la descarga: %1</translation>
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
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Check &amp;Everything Again</source>
        <translation>Comprobar &amp;todo de nuevo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Sync, and read again in full what is otherwise read in full every six hours: shows at once what was deleted in Procore</source>
        <translation>Sincronizar y volver a leer completo lo que solo se lee completo cada seis horas: muestra enseguida lo que se eliminó en Procore</translation>
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
        <translation>Sin empresa</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Trabajadores</translation>
    </message>
    <message>
        <source>Man-hours</source>
        <translation>Horas-hombre</translation>
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
    <name>sitedesk::OfflineDownload</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sitedesk::OutboxModel</name>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Realizado el</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Refused by Procore</source>
        <translation>Rechazado por Procore</translation>
    </message>
    <message>
        <source>Changed in Procore meanwhile</source>
        <translation>Modificado en Procore mientras tanto</translation>
    </message>
    <message>
        <source>May already be in Procore</source>
        <translation>Puede que ya esté en Procore</translation>
    </message>
</context>
<context>
    <name>sitedesk::OutboxPanel</name>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Show the changes waiting for Procore (Ctrl+Shift+O)</source>
        <translation>Mostrar los cambios pendientes de enviar a Procore (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Send &amp;Now</source>
        <translation>Enviar &amp;ahora</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Conservar el mío</translation>
    </message>
    <message>
        <source>Take &amp;Procore&apos;s</source>
        <translation>Usar el de &amp;Procore</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>Changes waiting for Procore</source>
        <translation>Cambios pendientes de enviar a Procore</translation>
    </message>
    <message>
        <source>Send your change over the newer version in Procore</source>
        <translation>Enviar su cambio sobre la versión más reciente de Procore</translation>
    </message>
    <message>
        <source>Drop your change and keep the version in Procore</source>
        <translation>Descartar su cambio y conservar la versión de Procore</translation>
    </message>
    <message>
        <source>1 change needs you</source>
        <translation>1 cambio requiere su atención</translation>
    </message>
    <message>
        <source>%1 changes need you</source>
        <translation>%1 cambios requieren su atención</translation>
    </message>
    <message>
        <source>1 change waiting to be sent</source>
        <translation>1 cambio pendiente de envío</translation>
    </message>
    <message>
        <source>%1 changes waiting to be sent</source>
        <translation>%1 cambios pendientes de envío</translation>
    </message>
    <message>
        <source>Select a change to see why it waits.</source>
        <translation>Seleccione un cambio para ver por qué está en espera.</translation>
    </message>
    <message>
        <source>Every change you made has reached Procore.</source>
        <translation>Todos sus cambios llegaron a Procore.</translation>
    </message>
    <message>
        <source>Procore says: %1</source>
        <translation>Procore indica: %1</translation>
    </message>
    <message>
        <source>Procore&apos;s version was changed at %1.</source>
        <translation>La versión de Procore se modificó el %1.</translation>
    </message>
    <message>
        <source>Discard Change</source>
        <translation>Descartar cambio</translation>
    </message>
    <message>
        <source>Discard &quot;%1&quot;?</source>
        <translation>¿Descartar &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>It has not reached Procore and will be lost.</source>
        <translation>No llegó a Procore y se perderá.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>sitedesk::OutboxService</name>
    <message>
        <source>Sign in to make changes.</source>
        <translation>Inicie sesión para hacer cambios.</translation>
    </message>
    <message>
        <source>Someone changed this in Procore after you started editing it.</source>
        <translation>Alguien modificó esto en Procore después de que usted empezara a editarlo.</translation>
    </message>
    <message>
        <source>Procore accepted this change, but Sitedesk could not record it: %1</source>
        <translation>Procore aceptó este cambio, pero Sitedesk no pudo registrarlo: %1</translation>
    </message>
    <message>
        <source>No answer from Procore (%1). It may already have this: check there, then send it again or discard it.</source>
        <translation>Procore no respondió (%1). Puede que ya tenga este cambio: compruébelo allí y luego vuelva a enviarlo o descártelo.</translation>
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
    <name>sitedesk::PhotoActions</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Change the description or album of the photo</source>
        <translation>Cambiar la descripción o el álbum de la foto</translation>
    </message>
    <message>
        <source>Delete the selected photos from Procore</source>
        <translation>Eliminar de Procore las fotos seleccionadas</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) deleted from Procore.</source>
        <translation>
            <numerusform>Se eliminó %n foto de Procore.</numerusform>
            <numerusform>Se eliminaron %n fotos de Procore.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>No se modificó %1: %2</translation>
    </message>
    <message>
        <source>Your change to %1 is kept and will reach Procore when Sitedesk is back online (View ▸ Outbox).</source>
        <translation>Su cambio en %1 se conserva y llegará a Procore cuando Sitedesk vuelva a tener conexión (Ver ▸ Bandeja de salida).</translation>
    </message>
    <message>
        <source>Delete photos</source>
        <translation>Eliminar fotos</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n photo(s) from Procore?</source>
        <translation>
            <numerusform>¿Eliminar %n foto de Procore?</numerusform>
            <numerusform>¿Eliminar %n fotos de Procore?</numerusform>
        </translation>
    </message>
    <message>
        <source>They are removed for everyone on the project. This cannot be undone.</source>
        <translation>Se eliminan para todos los miembros del proyecto. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>sitedesk::PhotoDownloads</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sitedesk::PhotoEditDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Album</source>
        <translation>Álbum</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Album:</source>
        <translation>Á&amp;lbum:</translation>
    </message>
</context>
<context>
    <name>sitedesk::PhotoEditor</name>
    <message>
        <source>Sign in and choose a project to edit photos.</source>
        <translation>Inicie sesión y elija un proyecto para editar fotos.</translation>
    </message>
    <message>
        <source>Edit photo %1</source>
        <translation>Edición de la foto %1</translation>
    </message>
    <message>
        <source>Sign in and choose a project to delete photos.</source>
        <translation>Inicie sesión y elija un proyecto para eliminar fotos.</translation>
    </message>
    <message>
        <source>Deleting photos needs a connection to Procore, and Sitedesk is offline. Try again when you are back online.</source>
        <translation>Para eliminar fotos se necesita conexión con Procore y Sitedesk está sin conexión. Vuelva a intentarlo cuando tenga conexión.</translation>
    </message>
    <message>
        <source>Photos are being deleted; wait until they are done.</source>
        <translation>Se están eliminando fotos; espere a que termine.</translation>
    </message>
    <message>
        <source>%1 was not deleted: Sitedesk went offline. Try again when you are back online.</source>
        <translation>No se eliminó %1: Sitedesk perdió la conexión. Vuelva a intentarlo cuando tenga conexión.</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>No se eliminó %1: %2</translation>
    </message>
    <message>
        <source>%1 was deleted in Procore, but Sitedesk could not update its copy: %2</source>
        <translation>Se eliminó %1 en Procore, pero Sitedesk no pudo actualizar su copia: %2</translation>
    </message>
</context>
<context>
    <name>sitedesk::PhotoFilterModel</name>
    <message>
        <source>No album</source>
        <translation>Sin álbum</translation>
    </message>
</context>
<context>
    <name>sitedesk::PhotoViewer</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Taken: %1</source>
        <translation>Tomada: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Uploaded by: %1</source>
        <translation>Cargada por: %1</translation>
    </message>
    <message>
        <source>Album: %1</source>
        <translation>Álbum: %1</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Ubicación: %1</translation>
    </message>
    <message>
        <source>GPS: %1, %2</source>
        <translation>GPS: %1, %2</translation>
    </message>
    <message>
        <source>Dimensions: %1 × %2</source>
        <translation>Dimensiones: %1 × %2</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Tamaño: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>sitedesk::PhotosTab</name>
    <message>
        <source>Loading photos…</source>
        <translation>Cargando fotos…</translation>
    </message>
    <message>
        <source>Albums</source>
        <translation>Álbumes</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>Search descriptions and file names</source>
        <translation>Buscar en descripciones y nombres de archivo</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>By album</source>
        <translation>Por álbum</translation>
    </message>
    <message>
        <source>Group photos by the day they were taken or by album</source>
        <translation>Agrupar las fotos por el día en que se tomaron o por álbum</translation>
    </message>
    <message>
        <source>Uploaded by</source>
        <translation>Cargada por</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>Tamaño de las miniaturas</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>Descargar…</translation>
    </message>
    <message>
        <source>Save the selected photos to a folder</source>
        <translation>Guardar las fotos seleccionadas en una carpeta</translation>
    </message>
    <message>
        <source>Downloading %1 of %2…</source>
        <translation>Descargando %1 de %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) saved</source>
        <translation>
            <numerusform>%n foto guardada</numerusform>
            <numerusform>%n fotos guardadas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 saved, %2 failed: %3</source>
        <translation>%1 guardadas, %2 con error: %3</translation>
    </message>
    <message>
        <source>All photos (%1)</source>
        <translation>Todas las fotos (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Any location</source>
        <translation>Cualquier ubicación</translation>
    </message>
    <message>
        <source>Download photos to</source>
        <translation>Descargar fotos en</translation>
    </message>
    <message>
        <source>Keep album offline</source>
        <translation>Guardar álbum sin conexión</translation>
    </message>
    <message>
        <source>Download the album&apos;s photos full size and keep them on this computer</source>
        <translation>Descargar las fotos del álbum a tamaño completo y guardarlas en este equipo</translation>
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
    <name>sitedesk::SubmittalDetailPane</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>Ad&amp;juntar archivos…</translation>
    </message>
    <message>
        <source>Upload files to Procore and attach them to this submittal (or drop files here)</source>
        <translation>Cargar archivos en Procore y adjuntarlos a este entregable (o suelte los archivos aquí)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Flujo de trabajo</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Choose a submittal in the log to see it here.</source>
        <translation>Elija un entregable del registro para verlo aquí.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 – %2 (revision %3)</source>
        <translation>%1 – %2 (revisión %3)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Ball in court</source>
        <translation>Responsable actual</translation>
    </message>
    <message>
        <source>Responsible contractor</source>
        <translation>Contratista responsable</translation>
    </message>
    <message>
        <source>Spec section</source>
        <translation>Sección de especificaciones</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Required on site</source>
        <translation>Requerido en obra</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Submit by</source>
        <translation>Entregar antes del</translation>
    </message>
    <message>
        <source>Submittal manager</source>
        <translation>Administrador de entregables</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Recibido de</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Sin descripción.</translation>
    </message>
    <message numerus="yes">
        <source>Linked drawings: %n</source>
        <translation>
            <numerusform>Planos vinculados: %n</numerusform>
            <numerusform>Planos vinculados: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Adjunto %1</translation>
    </message>
    <message>
        <source>No attachments yet: drop files here to attach them.</source>
        <translation>Todavía no hay adjuntos: suelte archivos aquí para adjuntarlos.</translation>
    </message>
    <message>
        <source>Procore refused your change: %1</source>
        <translation>Procore rechazó su cambio: %1</translation>
    </message>
    <message>
        <source>Someone changed this submittal in Procore since you edited it. Resolve it in the Outbox.</source>
        <translation>Alguien modificó este entregable en Procore después de que usted lo editara. Resuélvalo en la Bandeja de salida.</translation>
    </message>
    <message>
        <source>Your change may not have reached Procore: %1</source>
        <translation>Puede que su cambio no haya llegado a Procore: %1</translation>
    </message>
    <message>
        <source>Your change waits to be sent to Procore.</source>
        <translation>Su cambio está pendiente de envío a Procore.</translation>
    </message>
    <message>
        <source>Ope&amp;n</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>&amp;Keep offline</source>
        <translation>&amp;Guardar sin conexión</translation>
    </message>
    <message>
        <source>Download the chosen attachment and keep it on this computer</source>
        <translation>Descargar el adjunto elegido y guardarlo en este equipo</translation>
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
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>Due dat&amp;e</source>
        <translation>&amp;Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Estad&amp;o</translation>
    </message>
</context>
<context>
    <name>sitedesk::SubmittalFilterModel</name>
    <message>
        <source>No spec section</source>
        <translation>Sin sección de especificaciones</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Sin estado</translation>
    </message>
</context>
<context>
    <name>sitedesk::SubmittalLogModel</name>
    <message>
        <source>Procore refused your change: open the submittal to see why</source>
        <translation>Procore rechazó su cambio: abra el entregable para ver el motivo</translation>
    </message>
    <message>
        <source>Changed in Procore since you edited it: resolve it in the Outbox</source>
        <translation>Modificado en Procore después de su edición: resuélvalo en la Bandeja de salida</translation>
    </message>
    <message>
        <source>Your change waits to be sent to Procore</source>
        <translation>Su cambio está pendiente de envío a Procore</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Spec section</source>
        <translation>Sección de especificaciones</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Ball in court</source>
        <translation>Responsable actual</translation>
    </message>
    <message>
        <source>Responsible contractor</source>
        <translation>Contratista responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Required on site</source>
        <translation>Requerido en obra</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
</context>
<context>
    <name>sitedesk::SubmittalWriter</name>
    <message>
        <source>Sign in and choose a project to edit submittals.</source>
        <translation>Inicie sesión y elija un proyecto para editar entregables.</translation>
    </message>
    <message>
        <source>Edit submittal %1 – %2</source>
        <translation>Edición del entregable %1 – %2</translation>
    </message>
</context>
<context>
    <name>sitedesk::SubmittalsTab</name>
    <message>
        <source>&amp;Overdue</source>
        <translation>&amp;Vencidos</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Míos</translation>
    </message>
    <message>
        <source>Search number, title or spec section</source>
        <translation>Buscar número, título o sección de especificaciones</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Ball in court</source>
        <translation>Responsable actual</translation>
    </message>
    <message>
        <source>Only submittals where the ball is in your court</source>
        <translation>Solo los entregables de los que usted es el responsable actual</translation>
    </message>
    <message>
        <source>Only open submittals past their due date</source>
        <translation>Solo los entregables abiertos con la fecha de vencimiento pasada</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Sin agrupar</translation>
    </message>
    <message>
        <source>Group by spec section</source>
        <translation>Agrupar por sección de especificaciones</translation>
    </message>
    <message>
        <source>Group by status</source>
        <translation>Agrupar por estado</translation>
    </message>
    <message>
        <source>Choose a submittal in the log to see it here.</source>
        <translation>Elija un entregable del registro para verlo aquí.</translation>
    </message>
    <message>
        <source>This project has no submittals in Procore.</source>
        <translation>Este proyecto no tiene entregables en Procore.</translation>
    </message>
    <message>
        <source>No submittals are cached for this project yet. Sync to get them.</source>
        <translation>Todavía no hay entregables en caché para este proyecto. Sincronice para obtenerlos.</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Anyone in court</source>
        <translation>Cualquier responsable</translation>
    </message>
    <message numerus="yes">
        <source>%n submittal(s)</source>
        <translation>
            <numerusform>%n entregable</numerusform>
            <numerusform>%n entregables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n submittal(s)</source>
        <translation>
            <numerusform>%1 de %n entregable</numerusform>
            <numerusform>%1 de %n entregables</numerusform>
        </translation>
    </message>
    <message>
        <source>This submittal is no longer in Procore.</source>
        <translation>Este entregable ya no está en Procore.</translation>
    </message>
    <message>
        <source>Editing is not available here.</source>
        <translation>La edición no está disponible aquí.</translation>
    </message>
    <message>
        <source>Attach files to the submittal</source>
        <translation>Adjuntar archivos al entregable</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) on their way to Procore: see View ▸ Uploads.</source>
        <translation>
            <numerusform>%n archivo en camino a Procore: vea Ver ▸ Cargas.</numerusform>
            <numerusform>%n archivos en camino a Procore: vea Ver ▸ Cargas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the submittal log…</source>
        <translation>Cargando el registro de entregables…</translation>
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
    <name>sitedesk::UploadJob</name>
    <message>
        <source>The file is gone: it was moved or deleted before it was uploaded.</source>
        <translation>El archivo ya no existe: se movió o eliminó antes de cargarse.</translation>
    </message>
    <message>
        <source>The file changed while it was uploading (its size or date differ). Add it again to upload the new version.</source>
        <translation>El archivo cambió durante la carga (su tamaño o su fecha son distintos). Vuelva a agregarlo para cargar la nueva versión.</translation>
    </message>
    <message>
        <source>Procore did not start the upload</source>
        <translation>Procore no inició la carga</translation>
    </message>
    <message>
        <source>Procore&apos;s answer to the new upload was not understood.</source>
        <translation>No se entendió la respuesta de Procore a la nueva carga.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>The storage kept segment %1 but did not confirm it (no ETag).</source>
        <translation>El almacenamiento guardó el segmento %1 pero no lo confirmó (sin ETag).</translation>
    </message>
    <message>
        <source>The connection broke %1 times (%2).</source>
        <translation>La conexión se cortó %1 veces (%2).</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>el archivo</translation>
    </message>
    <message>
        <source>segment %1 of %2</source>
        <translation>el segmento %1 de %2</translation>
    </message>
    <message>
        <source>The storage refused %1: %2 (HTTP %3).</source>
        <translation>El almacenamiento rechazó %1: %2 (HTTP %3).</translation>
    </message>
    <message>
        <source>Procore did not finish the upload</source>
        <translation>Procore no terminó la carga</translation>
    </message>
    <message>
        <source>The file reached Procore but was not attached</source>
        <translation>El archivo llegó a Procore pero no se adjuntó</translation>
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
        <translation>No hay ninguna caché abierta: inicie sesión primero.</translation>
    </message>
    <message>
        <source>%1: not a readable file.</source>
        <translation>%1: no es un archivo legible.</translation>
    </message>
    <message>
        <source>%1: cannot be queued: %2</source>
        <translation>%1: no se puede poner en cola: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB: files of more than %3 MB cannot be attached here.</source>
        <translation>%1 ocupa %2 MB: aquí no se pueden adjuntar archivos de más de %3 MB.</translation>
    </message>
</context>
<context>
    <name>sitedesk::UploadsModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
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
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Waiting for the network</source>
        <translation>Esperando la red</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Uploaded, attaching</source>
        <translation>Cargado, adjuntando</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Adjuntado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>Queda %n s</numerusform>
            <numerusform>Quedan %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s left</source>
        <translation>Quedan %1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>Quedan %1 h %2 min</translation>
    </message>
</context>
<context>
    <name>sitedesk::UploadsPanel</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Cancel Upload</source>
        <translation>&amp;Cancelar carga</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Reinten&amp;tar</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>&amp;Borrar terminadas</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Cargas</translation>
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
<context>
    <name>sitedesk::dailylogexport</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Trabajadores</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Procore ID</source>
        <translation>ID de Procore</translation>
    </message>
</context>
</TS>
