<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BrowsePage</name>
    <message>
        <source>&amp;Prefetch</source>
        <translation>&amp;Precargar</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>&amp;Inspeccionar</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>&amp;Marcador</translation>
    </message>
    <message>
        <source>Paste a tfhub.dev or Kaggle URL, any model archive URL, a gs:// path or a folder</source>
        <translation>Pegue una URL de tfhub.dev o Kaggle, la URL de cualquier archivo comprimido de modelo, una ruta gs:// o una carpeta</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Resolver</translation>
    </message>
    <message>
        <source>Download the pasted handle into the cache (or find it there) and show it.</source>
        <translation>Descarga en la caché el identificador pegado (o lo encuentra allí) y lo muestra.</translation>
    </message>
    <message>
        <source>Search models (Ctrl+F)</source>
        <translation>Buscar modelos (Ctrl+F)</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Todos los orígenes</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recientes</translation>
    </message>
    <message>
        <source>Demo hub</source>
        <translation>Hub de demostración</translation>
    </message>
    <message>
        <source>Open Catalog…</source>
        <translation>Abrir catálogo…</translation>
    </message>
    <message>
        <source>Load a JSON catalog of models (handle, title, publisher, description, size).</source>
        <translation>Carga un catálogo JSON de modelos (identificador, título, editor, descripción, tamaño).</translation>
    </message>
    <message>
        <source>Download the selected models into the cache (Ctrl+D).</source>
        <translation>Descarga en la caché los modelos seleccionados (Ctrl+D).</translation>
    </message>
    <message>
        <source>Show the cached model&apos;s files and signatures (Ctrl+I).</source>
        <translation>Muestra los archivos y las firmas del modelo en caché (Ctrl+I).</translation>
    </message>
    <message>
        <source>Select a model to prefetch or inspect it.</source>
        <translation>Seleccione un modelo para precargarlo o inspeccionarlo.</translation>
    </message>
    <message numerus="yes">
        <source>%n models selected.</source>
        <translation>
            <numerusform>%n modelo seleccionado.</numerusform>
            <numerusform>%n modelos seleccionados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Smoke &amp;Test</source>
        <translation>Prueba de &amp;humo</translation>
    </message>
    <message>
        <source>Load the model with TensorFlow in a separate process and run a signature on made-up inputs (Ctrl+T); downloads it first if needed.</source>
        <translation>Carga el modelo con TensorFlow en un proceso aparte y ejecuta una firma con entradas generadas (Ctrl+T); antes lo descarga si es necesario.</translation>
    </message>
    <message>
        <source>Ask the server where the pasted handle lives in remote storage (gs://) and show it; nothing is downloaded in uncompressed mode.</source>
        <translation>Pregunta al servidor dónde está el identificador pegado en el almacenamiento remoto (gs://) y lo muestra; en el modo sin comprimir no se descarga nada.</translation>
    </message>
    <message>
        <source>Uncompressed mode caches nothing: models are read from remote storage. Use Resolve to see where a model lives, or switch to Compressed mode to download it.</source>
        <translation>El modo sin comprimir no almacena nada en caché: los modelos se leen del almacenamiento remoto. Use Resolver para ver dónde está un modelo, o cambie al modo comprimido para descargarlo.</translation>
    </message>
    <message>
        <source>Load the model with TensorFlow in a separate process and run a signature on made-up inputs (Ctrl+T); it is read in place from remote storage through hubcache, nothing is cached.</source>
        <translation>Carga el modelo con TensorFlow en un proceso aparte y ejecuta una firma con entradas inventadas (Ctrl+T); se lee en su sitio desde el almacenamiento remoto a través de hubcache y no se almacena nada en caché.</translation>
    </message>
    <message>
        <source>Search &amp;Kaggle</source>
        <translation>Buscar en &amp;Kaggle</translation>
    </message>
    <message>
        <source>&amp;More Results</source>
        <translation>Má&amp;s resultados</translation>
    </message>
    <message>
        <source>Kaggle Models</source>
        <translation>Kaggle Models</translation>
    </message>
    <message>
        <source>Search the public TensorFlow models on Kaggle; each variation is a handle to prefetch.</source>
        <translation>Busca los modelos públicos de TensorFlow en Kaggle; cada variante es un identificador que se puede precargar.</translation>
    </message>
    <message>
        <source>Search Kaggle Models for the text in the search box (Enter).</source>
        <translation>Busca en Kaggle Models el texto del cuadro de búsqueda (Intro).</translation>
    </message>
    <message>
        <source>Fetch the next page of Kaggle results and add it to the list.</source>
        <translation>Obtiene la siguiente página de resultados de Kaggle y la agrega a la lista.</translation>
    </message>
    <message>
        <source>Type what you are looking for and press Enter to search Kaggle Models.</source>
        <translation>Escriba lo que busca y pulse Intro para buscar en Kaggle Models.</translation>
    </message>
    <message>
        <source>Search Kaggle Models, then press Enter (Ctrl+F)</source>
        <translation>Busque en Kaggle Models y pulse Intro (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add the selected model to, or remove it from, your bookmarks (Ctrl+B).</source>
        <translation>Añade el modelo seleccionado a sus marcadores o lo quita de ellos (Ctrl+B).</translation>
    </message>
    <message>
        <source>Copy &amp;Handle</source>
        <translation>Copiar i&amp;dentificador</translation>
    </message>
    <message>
        <source>Remove &amp;Bookmark</source>
        <translation>Quitar &amp;marcador</translation>
    </message>
    <message>
        <source>No models match “%1”. Try other words, &lt;a href=&quot;kaggle&quot;&gt;search Kaggle Models&lt;/a&gt; for it, or &lt;a href=&quot;handle&quot;&gt;paste a handle&lt;/a&gt; above.</source>
        <translation>Ningún modelo coincide con «%1». Pruebe con otras palabras, &lt;a href=&quot;kaggle&quot;&gt;búsquelo en Kaggle Models&lt;/a&gt; o &lt;a href=&quot;handle&quot;&gt;pegue un identificador&lt;/a&gt; arriba.</translation>
    </message>
    <message>
        <source>No models from this source yet.</source>
        <translation>Todavía no hay modelos de este origen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No models to show yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;catalog&quot;&gt;Open a catalog&lt;/a&gt; of models (a JSON file, Ctrl+O),&lt;br&gt;&lt;a href=&quot;handle&quot;&gt;paste a handle&lt;/a&gt; from tfhub.dev or Kaggle in the field above,&lt;br&gt;or &lt;a href=&quot;kaggle&quot;&gt;search Kaggle Models&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Bookmarked and recently used models show here too.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Todavía no hay modelos que mostrar.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;catalog&quot;&gt;Abra un catálogo&lt;/a&gt; de modelos (un archivo JSON, Ctrl+O),&lt;br&gt;&lt;a href=&quot;handle&quot;&gt;pegue un identificador&lt;/a&gt; de tfhub.dev o Kaggle en el campo de arriba&lt;br&gt;o &lt;a href=&quot;kaggle&quot;&gt;busque en Kaggle Models&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Los modelos en marcadores y los usados recientemente también se muestran aquí.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CacheEntryModel</name>
    <message>
        <source>(no descriptor)</source>
        <translation>(sin descriptor)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Fecha de descarga</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Space the entry takes on disk (allocated blocks), which is what deleting it frees.</source>
        <translation>Espacio que ocupa la entrada en el disco (bloques asignados), que es lo que se libera al eliminarla.</translation>
    </message>
    <message>
        <source>On Disk</source>
        <translation>En disco</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incompleta</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>hace %n mes</numerusform>
            <numerusform>hace %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>hace %n año</numerusform>
            <numerusform>hace %n años</numerusform>
        </translation>
    </message>
    <message>
        <source>When a program last read the model&apos;s files: their newest access time. Linux updates it at most once a day (relatime), and never on a file system mounted with noatime. Models not used for a long time are the first to delete.</source>
        <translation>Cuándo un programa leyó por última vez los archivos del modelo: su hora de acceso más reciente. Linux la actualiza como mucho una vez al día (relatime), y nunca en un sistema de archivos montado con noatime. Los modelos que no se usan desde hace tiempo son los primeros que conviene eliminar.</translation>
    </message>
    <message>
        <source>Not known: objects in a gs:// bucket have no access time.</source>
        <translation>Desconocido: los objetos de un bucket gs:// no tienen hora de acceso.</translation>
    </message>
    <message>
        <source>Not known: this is no downloaded model.</source>
        <translation>Desconocido: no es un modelo descargado.</translation>
    </message>
    <message>
        <source>Not known: no file in the entry has an access time (it is empty or not a folder).</source>
        <translation>Desconocido: ningún archivo de la entrada tiene hora de acceso (está vacía o no es una carpeta).</translation>
    </message>
    <message>
        <source>Last Used</source>
        <translation>Último uso</translation>
    </message>
</context>
<context>
    <name>CachePage</name>
    <message>
        <source>&amp;Inspect</source>
        <translation>&amp;Inspeccionar</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>Abrir car&amp;peta</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Eli&amp;minar…</translation>
    </message>
    <message>
        <source>&amp;Re-download</source>
        <translation>Descargar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Filter entries</source>
        <translation>Filtrar entradas</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Delete the selected entries (Del); you are shown the space freed first.</source>
        <translation>Elimina las entradas seleccionadas (Supr); antes se muestra el espacio que se liberará.</translation>
    </message>
    <message>
        <source>Download a broken entry again.</source>
        <translation>Vuelve a descargar una entrada dañada.</translation>
    </message>
    <message>
        <source>&amp;Prune…</source>
        <translation>&amp;Limpiar…</translation>
    </message>
    <message>
        <source>Delete temp folders of interrupted downloads and locks of dead or stuck processes.</source>
        <translation>Elimina las carpetas temporales de descargas interrumpidas y los bloqueos de procesos terminados o atascados.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Cache folder: &lt;b&gt;%1&lt;/b&gt; (from %2)</source>
        <translation>Carpeta de caché: &lt;b&gt;%1&lt;/b&gt; (origen: %2)</translation>
    </message>
    <message>
        <source>Disk: %1 free of %2</source>
        <translation>Disco: %1 libres de %2</translation>
    </message>
    <message>
        <source>Disk: unknown</source>
        <translation>Disco: desconocido</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, %1</source>
        <translation>
            <numerusform>%n entrada, %1</numerusform>
            <numerusform>%n entradas, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken</source>
        <translation>
            <numerusform>%n dañada</numerusform>
            <numerusform>%n dañadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to prune</source>
        <translation>
            <numerusform>%n por limpiar</numerusform>
            <numerusform>%n por limpiar</numerusform>
        </translation>
    </message>
    <message>
        <source>Smoke &amp;Test</source>
        <translation>Prueba de &amp;humo</translation>
    </message>
    <message>
        <source>Load the entry with TensorFlow in a separate process and run a signature (Ctrl+T).</source>
        <translation>Carga la entrada con TensorFlow en un proceso aparte y ejecuta una firma (Ctrl+T).</translation>
    </message>
    <message>
        <source>Remote: bucket &lt;b&gt;%1&lt;/b&gt; in Google Cloud Storage (%2); no space on this disk is used</source>
        <translation>Remoto: bucket &lt;b&gt;%1&lt;/b&gt; en Google Cloud Storage (%2); no se usa espacio de este disco</translation>
    </message>
    <message>
        <source>Show the entry&apos;s files and signatures (Ctrl+I, Enter).</source>
        <translation>Muestra los archivos y las firmas de la entrada (Ctrl+I, Intro).</translation>
    </message>
    <message>
        <source>Scan the cache folder again (F5).</source>
        <translation>Vuelve a examinar la carpeta de caché (F5).</translation>
    </message>
    <message>
        <source>Copy &amp;Handle</source>
        <translation>Copiar i&amp;dentificador</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>Copiar ru&amp;ta</translation>
    </message>
    <message>
        <source>&amp;Write to Profile</source>
        <translation>&amp;Escribir en el perfil</translation>
    </message>
    <message>
        <source>Set TFHUB_CACHE_DIR to this folder in ~/.bashrc and environment.d, as Preferences does; new shells and new logins use it.</source>
        <translation>Establece TFHUB_CACHE_DIR en esta carpeta en ~/.bashrc y environment.d, igual que Preferencias; se aplica a los shells nuevos y a los próximos inicios de sesión.</translation>
    </message>
    <message>
        <source>Your profile sets TFHUB_CACHE_DIR to this folder: Python started from a new shell, or after you log in again, uses it. Python started before that still uses %1.</source>
        <translation>Su perfil establece TFHUB_CACHE_DIR en esta carpeta: Python la usa si se inicia desde un shell nuevo o después de volver a iniciar sesión. Python iniciado antes sigue usando %1.</translation>
    </message>
    <message>
        <source>Python uses another cache folder: %1. It does not see the models in this one and downloads them again. Write this folder to your profile so that Python uses it too.</source>
        <translation>Python usa otra carpeta de caché: %1. No ve los modelos de esta y los vuelve a descargar. Escriba esta carpeta en su perfil para que Python también la use.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) from the cache and free %1?</source>
        <translation>
            <numerusform>¿Eliminar %n elemento de la caché y liberar %1?</numerusform>
            <numerusform>¿Eliminar %n elementos de la caché y liberar %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Entries</source>
        <translation>Eliminar entradas</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Some Entries Were Not Deleted</source>
        <translation>Algunas entradas no se eliminaron</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <source>downloading</source>
        <translation>descargando</translation>
    </message>
    <message>
        <source>not cached</source>
        <translation>no está en caché</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>en caché</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>locating</source>
        <translation>localizando</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>remoto</translation>
    </message>
    <message>
        <source>Uncompressed mode: the model is read from remote storage, nothing is cached. Resolve asks the server where it is.</source>
        <translation>Modo sin comprimir: el modelo se lee del almacenamiento remoto y no se almacena nada en caché. Resolver pregunta al servidor dónde está.</translation>
    </message>
    <message>
        <source>Uncompressed mode: the model is read from %1; nothing is cached.</source>
        <translation>Modo sin comprimir: el modelo se lee de %1; no se almacena nada en caché.</translation>
    </message>
    <message>
        <source>The size of the download, as the catalog gives it.</source>
        <translation>El tamaño de la descarga, según lo indica el catálogo.</translation>
    </message>
    <message>
        <source>The space the cached model takes on disk.</source>
        <translation>El espacio que ocupa en el disco el modelo en caché.</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>En marcadores</translation>
    </message>
    <message>
        <source>The size of the download, as the catalog gives it (empty when it does not say).</source>
        <translation>El tamaño de la descarga, según lo indica el catálogo (vacío si no lo indica).</translation>
    </message>
    <message>
        <source>The space the model takes in the cache folder (empty when it is not cached).</source>
        <translation>El espacio que ocupa el modelo en la carpeta de caché (vacío si no está en caché).</translation>
    </message>
    <message>
        <source>Download Size</source>
        <translation>Tamaño de descarga</translation>
    </message>
    <message>
        <source>Size on Disk</source>
        <translation>Tamaño en disco</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>A tfhub.dev or Kaggle URL, any URL of a model archive, a gs:// path or a local folder.</source>
        <translation>Una URL de tfhub.dev o Kaggle, cualquier URL de un archivo comprimido de modelo, una ruta gs:// o una carpeta local.</translation>
    </message>
    <message>
        <source>Print no progress.</source>
        <translation>No muestra el progreso.</translation>
    </message>
    <message>
        <source>Download several models into the cache, a few at a time, and summarise.</source>
        <translation>Descarga varios modelos en la caché, unos pocos a la vez, y muestra un resumen.</translation>
    </message>
    <message>
        <source>Model handles.</source>
        <translation>Identificadores de modelos.</translation>
    </message>
    <message>
        <source>Read handles from FILE, one per line (&apos;-&apos; for standard input; # starts a comment).</source>
        <translation>Lee los identificadores de FILE, uno por línea (&apos;-&apos; para la entrada estándar; # inicia un comentario).</translation>
    </message>
    <message>
        <source>List every entry of the cache folder with its handle, size, download time and state (complete, broken, downloading, orphaned temp, stale lock), and the totals.</source>
        <translation>Enumera todas las entradas de la carpeta de caché con su identificador, tamaño, fecha de descarga y estado (completa, dañada, descargando, temporal huérfana, bloqueo obsoleto), y los totales.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprime en formato JSON.</translation>
    </message>
    <message>
        <source>Show a cache entry: its descriptor, files and sizes, and the SavedModel&apos;s tags and signatures.</source>
        <translation>Muestra una entrada de la caché: su descriptor, sus archivos y tamaños, y las etiquetas y firmas del SavedModel.</translation>
    </message>
    <message>
        <source>A handle, a cache key or a unique key prefix, or a model folder.</source>
        <translation>Un identificador, una clave de caché o un prefijo único de clave, o una carpeta de modelo.</translation>
    </message>
    <message>
        <source>Delete cache entries (the folder and its descriptor).</source>
        <translation>Elimina entradas de la caché (la carpeta y su descriptor).</translation>
    </message>
    <message>
        <source>Handles, cache keys or unique key prefixes.</source>
        <translation>Identificadores, claves de caché o prefijos únicos de clave.</translation>
    </message>
    <message>
        <source>Only say what would be deleted.</source>
        <translation>Solo indica lo que se eliminaría, sin eliminar nada.</translation>
    </message>
    <message>
        <source>Show the effective cache folder, load format and offline mode, and where each comes from.</source>
        <translation>Muestra la carpeta de caché, el formato de carga y el modo sin conexión vigentes, y de dónde proviene cada uno.</translation>
    </message>
    <message>
        <source>The cache folder (overrides TFHUB_CACHE_DIR).</source>
        <translation>La carpeta de caché (tiene prioridad sobre TFHUB_CACHE_DIR).</translation>
    </message>
    <message>
        <source>COMPRESSED, UNCOMPRESSED or AUTO (overrides TFHUB_MODEL_LOAD_FORMAT).</source>
        <translation>COMPRESSED, UNCOMPRESSED o AUTO (tiene prioridad sobre TFHUB_MODEL_LOAD_FORMAT).</translation>
    </message>
    <message>
        <source>Never use the network (also HUBCACHE_OFFLINE=1).</source>
        <translation>No usa nunca la red (también HUBCACHE_OFFLINE=1).</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Muestra la ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <source>hubcache: %1</source>
        <translation>hubcache: %1</translation>
    </message>
    <message>
        <source>Try &apos;hubcache --help&apos;.</source>
        <translation>Pruebe &apos;hubcache --help&apos;.</translation>
    </message>
    <message>
        <source>hubcache: error: %1</source>
        <translation>hubcache: error: %1</translation>
    </message>
    <message>
        <source>Usage: hubcache [global options] COMMAND [options]</source>
        <translation>Uso: hubcache [opciones globales] COMMAND [opciones]</translation>
    </message>
    <message>
        <source>Resolve, download, cache and inspect TensorFlow Hub models, in the same cache as the tensorflow_hub Python library.</source>
        <translation>Resuelve, descarga, almacena en caché e inspecciona modelos de TensorFlow Hub, en la misma caché que la biblioteca de Python tensorflow_hub.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Opciones globales:</translation>
    </message>
    <message>
        <source>  --tfhub_cache_dir DIR           the cache folder (default: $TFHUB_CACHE_DIR, then &lt;temp&gt;/tfhub_modules)</source>
        <translation>  --tfhub_cache_dir DIR           la carpeta de caché (predeterminada: $TFHUB_CACHE_DIR; si no, &lt;temp&gt;/tfhub_modules)</translation>
    </message>
    <message>
        <source>  --tfhub_model_load_format FMT   COMPRESSED, UNCOMPRESSED or AUTO</source>
        <translation>  --tfhub_model_load_format FMT   COMPRESSED, UNCOMPRESSED o AUTO</translation>
    </message>
    <message>
        <source>  --offline                       never use the network</source>
        <translation>  --offline                       no usar nunca la red</translation>
    </message>
    <message>
        <source>&apos;hubcache COMMAND --help&apos; shows a command&apos;s options.</source>
        <translation>&apos;hubcache COMMAND --help&apos; muestra las opciones de un comando.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>resolve takes exactly one handle</source>
        <translation>resolve admite exactamente un identificador</translation>
    </message>
    <message>
        <source>cannot read the list %1: %2</source>
        <translation>no se puede leer la lista %1: %2</translation>
    </message>
    <message>
        <source>prefetch needs at least one handle (or -f LIST)</source>
        <translation>prefetch necesita al menos un identificador (o -f LIST)</translation>
    </message>
    <message>
        <source>--jobs takes a number from 1 to 32</source>
        <translation>--jobs admite un número del 1 al 32</translation>
    </message>
    <message>
        <source>%1 downloaded (%2), %3 already cached, %4 failed.</source>
        <translation>Descargados: %1 (%2); ya en caché: %3; con errores: %4.</translation>
    </message>
    <message>
        <source>Cache folder: %1 (%2)</source>
        <translation>Carpeta de caché: %1 (%2)</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>No hay entradas.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>DOWNLOADED</source>
        <translation>DESCARGA</translation>
    </message>
    <message>
        <source>HANDLE</source>
        <translation>IDENTIFICADOR</translation>
    </message>
    <message>
        <source>Total: %1 in %2 entries (%3).</source>
        <translation>Total: %1 en %2 entradas (%3).</translation>
    </message>
    <message>
        <source>info takes one handle, cache key or folder</source>
        <translation>info admite un identificador, una clave de caché o una carpeta</translation>
    </message>
    <message>
        <source>Handle:     %1</source>
        <translation>Identificador: %1</translation>
    </message>
    <message>
        <source>(unknown: no descriptor)</source>
        <translation>(desconocido: sin descriptor)</translation>
    </message>
    <message>
        <source>Key:        %1</source>
        <translation>Clave:         %1</translation>
    </message>
    <message>
        <source>Path:       %1</source>
        <translation>Ruta:          %1</translation>
    </message>
    <message>
        <source>State:      %1%2</source>
        <translation>Estado:        %1%2</translation>
    </message>
    <message>
        <source>Downloaded: %1 by %2 (PID %3)</source>
        <translation>Descargado:    %1 por %2 (PID %3)</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Archivos:</translation>
    </message>
    <message>
        <source>SavedModel: %1</source>
        <translation>SavedModel: %1</translation>
    </message>
    <message>
        <source>SavedModel: %1 (schema %2)%3</source>
        <translation>SavedModel: %1 (esquema %2)%3</translation>
    </message>
    <message>
        <source>, TF1 Hub module</source>
        <translation>, módulo de Hub para TF1</translation>
    </message>
    <message>
        <source>  Tags: %1   (TensorFlow %2)</source>
        <translation>  Etiquetas: %1   (TensorFlow %2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>    Signature &apos;%1&apos;%2</source>
        <translation>    Firma &apos;%1&apos;%2</translation>
    </message>
    <message>
        <source>      input  %1: %2 %3</source>
        <translation>      entrada %1: %2 %3</translation>
    </message>
    <message>
        <source>      output %1: %2 %3</source>
        <translation>      salida  %1: %2 %3</translation>
    </message>
    <message>
        <source>rm needs at least one handle or cache key</source>
        <translation>rm necesita al menos un identificador o una clave de caché</translation>
    </message>
    <message>
        <source>would remove %1 (%2) %3</source>
        <translation>se eliminaría %1 (%2) %3</translation>
    </message>
    <message>
        <source>removed %1 (%2)</source>
        <translation>eliminado %1 (%2)</translation>
    </message>
    <message>
        <source>%1 would be freed.</source>
        <translation>Se liberarían %1.</translation>
    </message>
    <message>
        <source>%1 freed.</source>
        <translation>Se liberaron %1.</translation>
    </message>
    <message>
        <source>would remove %1</source>
        <translation>se eliminaría %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>eliminado %1</translation>
    </message>
    <message>
        <source>%1 items, %2 would be freed.</source>
        <translation>%1 elementos; se liberarían %2.</translation>
    </message>
    <message>
        <source>%1 items removed, %2 freed.</source>
        <translation>%1 elementos eliminados; se liberaron %2.</translation>
    </message>
    <message>
        <source>Cache folder:  %1  (from %2)</source>
        <translation>Carpeta de caché:          %1  (origen: %2)</translation>
    </message>
    <message>
        <source>Load format:   %1  (from %2)</source>
        <translation>Formato de carga:          %1  (origen: %2)</translation>
    </message>
    <message>
        <source>Offline:       %1  (from %2)</source>
        <translation>Sin conexión:              %1  (origen: %2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>TLS checks:    %1</source>
        <translation>Comprobaciones TLS:        %1</translation>
    </message>
    <message>
        <source>OFF (TFHUB_DISABLE_CERT_VALIDATION=true)</source>
        <translation>DESACTIVADAS (TFHUB_DISABLE_CERT_VALIDATION=true)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activadas</translation>
    </message>
    <message>
        <source>Lock timeout:  %1 s</source>
        <translation>Espera máxima de bloqueo:  %1 s</translation>
    </message>
    <message>
        <source>Disk:          %1 free of %2</source>
        <translation>Disco:                     %1 libres de %2</translation>
    </message>
    <message>
        <source>Python:        %1</source>
        <translation>Python:                    %1</translation>
    </message>
    <message>
        <source>hubcache: warning: %1</source>
        <translation>hubcache: advertencia: %1</translation>
    </message>
    <message>
        <source>ON DISK</source>
        <translation>EN DISCO</translation>
    </message>
    <message>
        <source>Size:       %1 on disk in %2 files</source>
        <translation>Tamaño:        %1 en disco, en %2 archivos</translation>
    </message>
    <message>
        <source>  (sparse: %1 on disk)</source>
        <translation>  (disperso: %1 en disco)</translation>
    </message>
    <message>
        <source>Model:      TFLite (no SavedModel to read)</source>
        <translation>Modelo:        TFLite (no hay ningún SavedModel que leer)</translation>
    </message>
    <message>
        <source>Print the local folder of a model, downloading and caching it first if needed. Only the path goes to standard output; progress goes to standard error. In the UNCOMPRESSED load format, print the model&apos;s gs:// location the server names instead; nothing is cached.</source>
        <translation>Imprime la carpeta local de un modelo, descargándolo y almacenándolo en caché antes si hace falta. Solo la ruta va a la salida estándar; el progreso va a la salida de errores. Con el formato de carga UNCOMPRESSED imprime en su lugar la ubicación gs:// del modelo que indica el servidor; no se almacena nada en caché.</translation>
    </message>
    <message>
        <source>Print JSON: the path, and whether it is remote or was cached.</source>
        <translation>Imprime JSON: la ruta, y si es remota o ya estaba en caché.</translation>
    </message>
    <message>
        <source>hubcache: the UNCOMPRESSED load format caches nothing: models stay in remote storage. Only checking where each model lives.</source>
        <translation>hubcache: el formato de carga UNCOMPRESSED no almacena nada en caché: los modelos se quedan en el almacenamiento remoto. Solo se comprueba dónde está cada modelo.</translation>
    </message>
    <message>
        <source>Nothing cached (UNCOMPRESSED load format): %1 in remote storage, %2 failed.</source>
        <translation>Nada en caché (formato de carga UNCOMPRESSED): %1 en almacenamiento remoto, %2 fallidos.</translation>
    </message>
    <message>
        <source>               models stay in remote storage (gs://); resolve prints their location, nothing is cached</source>
        <translation>                           los modelos se quedan en el almacenamiento remoto (gs://); resolve imprime su ubicación, no se almacena nada en caché</translation>
    </message>
    <message>
        <source>               remote: Google Cloud Storage at %1</source>
        <translation>                           remoto: Google Cloud Storage en %1</translation>
    </message>
    <message>
        <source>Store a credential in the system keychain: a bearer token or user name and password for https://HOST[:PORT], a service-account key (--key-file) or access token for a bucket, or your Kaggle user name and API key (--import takes KAGGLE_USERNAME/KAGGLE_KEY or ~/.kaggle/kaggle.json). The secret is read from standard input or a prompt that does not show it; it is only ever sent to the scheme, host and port it was stored for.</source>
        <translation>Guarda una credencial en el llavero del sistema: un token de portador o un nombre de usuario y una contraseña para https://HOST[:PORT], una clave de cuenta de servicio (--key-file) o un token de acceso para un bucket, o su nombre de usuario y clave de API de Kaggle (--import toma KAGGLE_USERNAME/KAGGLE_KEY o ~/.kaggle/kaggle.json). El secreto se lee de la entrada estándar o de una solicitud que no lo muestra; solo se envía al esquema, host y puerto para los que se guardó.</translation>
    </message>
    <message>
        <source>Remove a stored credential from the system keychain.</source>
        <translation>Quita una credencial guardada del llavero del sistema.</translation>
    </message>
    <message>
        <source>List the stored credentials (never the secrets) and which ones environment variables override.</source>
        <translation>Enumera las credenciales guardadas (nunca los secretos) y cuáles quedan anuladas por variables de entorno.</translation>
    </message>
    <message>
        <source>Delete temp folders of interrupted downloads and locks of dead or stuck processes, and the kept bytes of paused downloads once they are a week old.</source>
        <translation>Elimina las carpetas temporales de descargas interrumpidas y los bloqueos de procesos terminados o atascados, y también los bytes guardados de descargas en pausa cuando tienen una semana de antigüedad.</translation>
    </message>
    <message>
        <source>Also delete the kept bytes of paused downloads, however recent (they would be downloaded again).</source>
        <translation>Elimina también los bytes guardados de las descargas en pausa, por recientes que sean (habría que volver a descargarlos).</translation>
    </message>
    <message>
        <source>resumable: %1 of %2 received</source>
        <translation>reanudable: recibidos %1 de %2</translation>
    </message>
    <message>
        <source>unreadable resume data; the next download starts over</source>
        <translation>datos de reanudación ilegibles; la próxima descarga empezará desde el principio</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>%1 paused holding %2</source>
        <translation>%1 en pausa con %2</translation>
    </message>
    <message>
        <source>its entry is complete</source>
        <translation>su entrada ya está completa</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <source>asked for</source>
        <translation>a petición</translation>
    </message>
    <message>
        <source>older than %1 days</source>
        <translation>con más de %1 días</translation>
    </message>
    <message>
        <source>paused download %1 (%2)</source>
        <translation>descarga en pausa %1 (%2)</translation>
    </message>
    <message>
        <source>hubcache: error: %1 could not be deleted; check its permissions</source>
        <translation>hubcache: error: no se pudo eliminar %1; revise sus permisos</translation>
    </message>
    <message>
        <source>Kept %1 paused downloads holding %2 for resuming (less than %3 days old); delete them with: hubcache prune --resume-data</source>
        <translation>Se conservan %1 descargas en pausa que ocupan %2 para reanudarlas (con menos de %3 días); elimínelas con: hubcache prune --resume-data</translation>
    </message>
    <message>
        <source>Connections:   %1 per download of %2 or more (HUBCACHE_PARALLEL_CONNECTIONS, HUBCACHE_PARALLEL_MIN_SIZE)</source>
        <translation>Conexiones:                %1 por descarga de %2 o más (HUBCACHE_PARALLEL_CONNECTIONS, HUBCACHE_PARALLEL_MIN_SIZE)</translation>
    </message>
    <message>
        <source>Download even when the cache folder&apos;s file system has less free space than the model needs (twice its archive), which is refused otherwise.</source>
        <translation>Descarga aunque el sistema de archivos de la carpeta de caché tenga menos espacio libre del que necesita el modelo (el doble de su archivo comprimido), lo que de otro modo se rechaza.</translation>
    </message>
    <message>
        <source>Downloads at once, each on its own kept-alive connection (default 16).</source>
        <translation>Descargas simultáneas, cada una en su propia conexión persistente (predeterminado: 16).</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>ÚLTIMO USO</translation>
    </message>
</context>
<context>
    <name>CredentialsCommand</name>
    <message>
        <source>https://HOST[:PORT] (or HOST), gs://BUCKET, gs:// (every bucket) or kaggle.</source>
        <translation>https://HOST[:PORT] (o HOST), gs://BUCKET, gs:// (todos los buckets) o kaggle.</translation>
    </message>
    <message>
        <source>A user name: basic credentials for a host; your Kaggle user name.</source>
        <translation>Un nombre de usuario: credenciales básicas para un host; su nombre de usuario de Kaggle.</translation>
    </message>
    <message>
        <source>Read the secret from FILE: a service-account JSON key or an authorized_user JSON (refresh token) for gs://, kaggle.json for kaggle, a token for a host.</source>
        <translation>Lee el secreto de FILE: una clave JSON de cuenta de servicio o un JSON authorized_user (token de actualización) para gs://, kaggle.json para kaggle, un token para un host.</translation>
    </message>
    <message>
        <source>kaggle: import KAGGLE_USERNAME/KAGGLE_KEY, else ~/.kaggle/kaggle.json.</source>
        <translation>kaggle: importa KAGGLE_USERNAME/KAGGLE_KEY o, si no están definidas, ~/.kaggle/kaggle.json.</translation>
    </message>
    <message>
        <source>What the credential was stored for, as given to login.</source>
        <translation>Para qué se guardó la credencial, tal como se indicó a login.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprime en formato JSON.</translation>
    </message>
    <message>
        <source>hubcache: error: %1</source>
        <translation>hubcache: error: %1</translation>
    </message>
    <message>
        <source>hubcache: %1</source>
        <translation>hubcache: %1</translation>
    </message>
    <message>
        <source>Try &apos;hubcache --help&apos;.</source>
        <translation>Pruebe &apos;hubcache --help&apos;.</translation>
    </message>
    <message>
        <source>login takes exactly one HOST, gs://BUCKET or kaggle</source>
        <translation>login admite exactamente un HOST, gs://BUCKET o kaggle</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Importing the Kaggle key of %1 from KAGGLE_USERNAME/KAGGLE_KEY.</source>
        <translation>Importando la clave de Kaggle de %1 desde KAGGLE_USERNAME/KAGGLE_KEY.</translation>
    </message>
    <message>
        <source>nothing to import: KAGGLE_USERNAME/KAGGLE_KEY are not set and %1 cannot be used (%2)</source>
        <translation>no hay nada que importar: KAGGLE_USERNAME/KAGGLE_KEY no están definidas y no se puede usar %1 (%2)</translation>
    </message>
    <message>
        <source>Importing the Kaggle key of %1 from %2; you may delete that file now.</source>
        <translation>Importando la clave de Kaggle de %1 desde %2; ya puede eliminar ese archivo.</translation>
    </message>
    <message>
        <source>Kaggle user name: </source>
        <translation>Nombre de usuario de Kaggle: </translation>
    </message>
    <message>
        <source>give your Kaggle user name with --user NAME</source>
        <translation>indique su nombre de usuario de Kaggle con --user NAME</translation>
    </message>
    <message>
        <source>Kaggle API key (not shown): </source>
        <translation>Clave de API de Kaggle (no se muestra): </translation>
    </message>
    <message>
        <source>no API key was given; nothing was stored</source>
        <translation>no se indicó ninguna clave de API; no se guardó nada</translation>
    </message>
    <message>
        <source>OAuth access token for %1 (not shown): </source>
        <translation>Token de acceso OAuth para %1 (no se muestra): </translation>
    </message>
    <message>
        <source>no token was given; nothing was stored (use --key-file for a service-account key)</source>
        <translation>no se indicó ningún token; no se guardó nada (use --key-file para una clave de cuenta de servicio)</translation>
    </message>
    <message>
        <source>Bearer token for %1 (not shown): </source>
        <translation>Token de portador para %1 (no se muestra): </translation>
    </message>
    <message>
        <source>Password of %1 for %2 (not shown): </source>
        <translation>Contraseña de %1 para %2 (no se muestra): </translation>
    </message>
    <message>
        <source>no secret was given; nothing was stored</source>
        <translation>no se indicó ningún secreto; no se guardó nada</translation>
    </message>
    <message>
        <source>Stored a %1 for %2 in the system keychain.</source>
        <translation>Se guardó una credencial (%1) para %2 en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Note: %1 is set and is used instead while it is.</source>
        <translation>Nota: %1 está definida y, mientras lo esté, se usa en su lugar.</translation>
    </message>
    <message>
        <source>logout takes exactly one HOST, gs://BUCKET or kaggle</source>
        <translation>logout admite exactamente un HOST, gs://BUCKET o kaggle</translation>
    </message>
    <message>
        <source>no credential was stored for %1; &apos;hubcache credentials&apos; lists what is</source>
        <translation>no hay ninguna credencial guardada para %1; &apos;hubcache credentials&apos; enumera las que hay</translation>
    </message>
    <message>
        <source>Removed the credential for %1 from the system keychain.</source>
        <translation>Se quitó la credencial para %1 del llavero del sistema.</translation>
    </message>
    <message>
        <source>No credentials are stored. Add one with &apos;hubcache login HOST|gs://BUCKET|kaggle&apos;.</source>
        <translation>No hay credenciales guardadas. Agregue una con &apos;hubcache login HOST|gs://BUCKET|kaggle&apos;.</translation>
    </message>
    <message>
        <source>  (overridden by %1)</source>
        <translation>  (anulada por %1)</translation>
    </message>
    <message>
        <source>  (the keychain does not give it: locked, or deleted elsewhere)</source>
        <translation>  (el llavero no la proporciona: está bloqueado o se eliminó en otro lugar)</translation>
    </message>
    <message>
        <source>from the environment (%1)</source>
        <translation>del entorno (%1)</translation>
    </message>
    <message>
        <source>hubcache: warning: %1</source>
        <translation>hubcache: advertencia: %1</translation>
    </message>
    <message>
        <source>hubcache: warning: going on without stored credentials: %1</source>
        <translation>hubcache: advertencia: se continúa sin las credenciales guardadas: %1</translation>
    </message>
    <message>
        <source>Credentials:   Google Cloud Storage: %1</source>
        <translation>Credenciales:              Google Cloud Storage: %1</translation>
    </message>
    <message>
        <source>               Kaggle: %1</source>
        <translation>                           Kaggle: %1</translation>
    </message>
    <message>
        <source>               other hosts: %1</source>
        <translation>                           otros hosts: %1</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>entorno</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>llavero</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anónimo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation>&amp;Reemplazar…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>Secrets for private model hosts, buckets and Kaggle are kept in the system keychain, never in hubcache&apos;s settings. Each is only ever sent to the host it was stored for; a redirect to another host goes without it.</source>
        <translation>Los secretos de los hosts de modelos privados, los buckets y Kaggle se guardan en el llavero del sistema, nunca en los ajustes de hubcache. Cada uno solo se envía al host para el que se guardó; una redirección a otro host se sigue sin él.</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>gs:// (every bucket)</source>
        <translation>gs:// (todos los buckets)</translation>
    </message>
    <message>
        <source>overridden by %1</source>
        <translation>anulada por %1</translation>
    </message>
    <message>
        <source>Storing in the system keychain…</source>
        <translation>Guardando en el llavero del sistema…</translation>
    </message>
    <message>
        <source>Stored the credential for %1.</source>
        <translation>Se guardó la credencial para %1.</translation>
    </message>
    <message>
        <source>Removing from the system keychain…</source>
        <translation>Quitando del llavero del sistema…</translation>
    </message>
    <message>
        <source>Removed the credential for %1.</source>
        <translation>Se quitó la credencial para %1.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Probando %1…</translation>
    </message>
    <message>
        <source>%1: no token (anonymous access).</source>
        <translation>%1: sin token (acceso anónimo).</translation>
    </message>
    <message>
        <source>%1: the credential gives an access token (%2).</source>
        <translation>%1: la credencial proporciona un token de acceso (%2).</translation>
    </message>
    <message>
        <source>%1 refused the credential (HTTP %2): replace it with a valid one.</source>
        <translation>%1 rechazó la credencial (HTTP %2): reemplácela por una válida.</translation>
    </message>
    <message>
        <source>%1 accepted the request (HTTP %2).</source>
        <translation>%1 aceptó la solicitud (HTTP %2).</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>No se puede conectar con %1: %2</translation>
    </message>
    <message>
        <source>Add Credential</source>
        <translation>Agregar credencial</translation>
    </message>
    <message>
        <source>Replace Credential</source>
        <translation>Reemplazar credencial</translation>
    </message>
    <message>
        <source>https://host[:port], gs://bucket, gs:// or kaggle</source>
        <translation>https://host[:puerto], gs://bucket, gs:// o kaggle</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Key File</source>
        <translation>Archivo de clave</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secreto:</translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation>&amp;Archivo de clave:</translation>
    </message>
    <message>
        <source>Give where the credential is for.</source>
        <translation>Indique para qué es la credencial.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>This kind of credential does not fit %1.</source>
        <translation>Este tipo de credencial no es adecuado para %1.</translation>
    </message>
    <message>
        <source>Fill in the user name and the secret (or a key file).</source>
        <translation>Rellene el nombre de usuario y el secreto (o un archivo de clave).</translation>
    </message>
</context>
<context>
    <name>DemoHub</name>
    <message>
        <source>Half plus two</source>
        <translation>Mitad más dos</translation>
    </message>
    <message>
        <source>y = 0.5·x + 2 on a float vector; two variables.</source>
        <translation>y = 0.5·x + 2 sobre un vector float; dos variables.</translation>
    </message>
    <message>
        <source>Text length</source>
        <translation>Longitud de texto</translation>
    </message>
    <message>
        <source>Length of each string of a batch; a string input.</source>
        <translation>Longitud de cada cadena de un lote; una entrada de tipo cadena.</translation>
    </message>
    <message>
        <source>Two signatures</source>
        <translation>Dos firmas</translation>
    </message>
    <message>
        <source>Scores and an embedding from the same features.</source>
        <translation>Puntuaciones y una incorporación a partir de las mismas características.</translation>
    </message>
    <message>
        <source>No variables</source>
        <translation>Sin variables</translation>
    </message>
    <message>
        <source>Transposes a 2×2 matrix; a graph without variables.</source>
        <translation>Transpone una matriz de 2×2; un grafo sin variables.</translation>
    </message>
    <message>
        <source>Large assets (slow)</source>
        <translation>Recursos grandes (lento)</translation>
    </message>
    <message>
        <source>Half plus two with a 96 MB asset, served slowly: watch the progress, try Cancel.</source>
        <translation>Mitad más dos con un recurso de 96 MB, servido lentamente: observe el progreso y pruebe a cancelar.</translation>
    </message>
    <message>
        <source>Sign-in page (fails)</source>
        <translation>Página de inicio de sesión (falla)</translation>
    </message>
    <message>
        <source>Answers with an HTML page instead of a model, as a captive portal or proxy would.</source>
        <translation>Responde con una página HTML en lugar de un modelo, como lo haría un portal cautivo o un proxy.</translation>
    </message>
    <message>
        <source>A demo model, listed as Kaggle lists its models.</source>
        <translation>Un modelo de demostración, listado como Kaggle lista sus modelos.</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>&amp;Show hubcache</source>
        <translation>&amp;Mostrar hubcache</translation>
    </message>
    <message>
        <source>&amp;Cancel All Downloads</source>
        <translation>&amp;Cancelar todas las descargas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>hubcache: no downloads running</source>
        <translation>hubcache: no hay descargas en curso</translation>
    </message>
    <message numerus="yes">
        <source>hubcache: %n download(s), %1 %</source>
        <translation>
            <numerusform>hubcache: %n descarga, %1 %</numerusform>
            <numerusform>hubcache: %n descargas, %1 %</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadsPage</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>Cancel &amp;All</source>
        <translation>Cancelar &amp;todas</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
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
        <source>Cancel the selected downloads; nothing half-downloaded is left in the cache.</source>
        <translation>Cancela las descargas seleccionadas; no queda nada a medio descargar en la caché.</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>&amp;Quitar terminadas</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Checking the cache…</source>
        <translation>Comprobando la caché…</translation>
    </message>
    <message>
        <source>Waiting for another download of this model…</source>
        <translation>Esperando otra descarga de este modelo…</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Finalizando</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Already cached</source>
        <translation>Ya estaba en caché</translation>
    </message>
    <message>
        <source>Downloaded again (the cached copy was broken)</source>
        <translation>Descargada de nuevo (la copia en caché estaba dañada)</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Descargada</translation>
    </message>
    <message>
        <source>No downloads yet. Prefetch models from the Browse page.</source>
        <translation>Todavía no hay descargas. Precargue modelos desde la página Explorar.</translation>
    </message>
    <message>
        <source>%1 running, %2 queued — %3 of %4</source>
        <translation>%1 en curso, %2 en cola — %3 de %4</translation>
    </message>
    <message>
        <source>In remote storage: %1</source>
        <translation>En almacenamiento remoto: %1</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>remoto</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Download the selected failed or cancelled models again.</source>
        <translation>Vuelve a descargar los modelos seleccionados que fallaron o se cancelaron.</translation>
    </message>
    <message>
        <source>Remove the finished downloads from the list; the models stay in the cache.</source>
        <translation>Quita de la lista las descargas terminadas; los modelos permanecen en la caché.</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>En cola: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>In the cache: %1</source>
        <translation>En la caché: %1</translation>
    </message>
    <message>
        <source>Copy &amp;Handle</source>
        <translation>Copiar i&amp;dentificador</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>Copiar ru&amp;ta</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>Abrir car&amp;peta</translation>
    </message>
    <message numerus="yes">
        <source>%n downloaded</source>
        <translation>
            <numerusform>%n descargada</numerusform>
            <numerusform>%n descargadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already cached</source>
        <translation>
            <numerusform>%n ya en caché</numerusform>
            <numerusform>%n ya en caché</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in remote storage</source>
        <translation>
            <numerusform>%n en almacenamiento remoto</numerusform>
            <numerusform>%n en almacenamiento remoto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelada</numerusform>
            <numerusform>%n canceladas</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Re&amp;anudar</translation>
    </message>
    <message>
        <source>Di&amp;scard</source>
        <translation>De&amp;scartar</translation>
    </message>
    <message>
        <source>Continue the selected paused downloads from the bytes kept in the cache.</source>
        <translation>Continúa las descargas en pausa seleccionadas a partir de los bytes guardados en la caché.</translation>
    </message>
    <message>
        <source>Delete the bytes kept for the selected paused downloads; downloading them again starts from the beginning.</source>
        <translation>Elimina los bytes guardados de las descargas en pausa seleccionadas; al volver a descargarlas se empieza desde el principio.</translation>
    </message>
    <message>
        <source>Resumed at %1</source>
        <translation>Reanudada desde %1</translation>
    </message>
    <message>
        <source>Cancelled: %1 was not added to the cache. Retry downloads it again.</source>
        <translation>Cancelada: %1 no se añadió a la caché. Reintentar lo vuelve a descargar.</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>Paused — its kept data is unreadable; Resume starts over</source>
        <translation>En pausa — no se pueden leer sus datos guardados; Reanudar empieza de nuevo</translation>
    </message>
    <message>
        <source>Paused — %1 of %2</source>
        <translation>En pausa — %1 de %2</translation>
    </message>
    <message>
        <source>Paused — %1</source>
        <translation>En pausa — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n en pausa</numerusform>
            <numerusform>%n en pausa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Kept in %3 (%2 on disk); Resume continues from there, Discard deletes it.</source>
        <translation>%1
Se conserva en %3 (%2 en disco); Reanudar continúa desde ahí y Descartar lo elimina.</translation>
    </message>
</context>
<context>
    <name>EntryDetailsDialog</name>
    <message>
        <source>Details — %1</source>
        <translation>Detalles — %1</translation>
    </message>
    <message>
        <source>Handle:</source>
        <translation>Identificador:</translation>
    </message>
    <message>
        <source>(unknown: no descriptor)</source>
        <translation>(desconocido: sin descriptor)</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>%1 in %2 files</source>
        <translation>%1 en %2 archivos</translation>
    </message>
    <message>
        <source>Downloaded:</source>
        <translation>Descargado:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Por:</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (proceso %2)</translation>
    </message>
    <message>
        <source>Descriptor:</source>
        <translation>Descriptor:</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>SavedModel</source>
        <translation>SavedModel</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>TensorFlow %1</source>
        <translation>TensorFlow %1</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>entrada %1</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>salida %1</translation>
    </message>
    <message>
        <source>Reading the SavedModel from %1…</source>
        <translation>Leyendo el SavedModel de %1…</translation>
    </message>
    <message>
        <source>Saved by:</source>
        <translation>Guardado con:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation>Último uso:</translation>
    </message>
</context>
<context>
    <name>FilesystemPlugin</name>
    <message>
        <source>%1 (from HUBCACHE_TFPLUGIN) does not exist</source>
        <translation>%1 (indicado en HUBCACHE_TFPLUGIN) no existe</translation>
    </message>
    <message>
        <source>%1 not found (looked in %2); build it with TensorFlow&apos;s headers, or set HUBCACHE_TFPLUGIN</source>
        <translation>no se encontró %1 (se buscó en %2); compílelo con los encabezados de TensorFlow o establezca HUBCACHE_TFPLUGIN</translation>
    </message>
    <message>
        <source>cannot load %1: %2</source>
        <translation>no se puede cargar %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a hubcache TensorFlow plugin of this version (interface %2)</source>
        <translation>%1 no es un complemento de TensorFlow de hubcache de esta versión (interfaz %2)</translation>
    </message>
    <message>
        <source>the plugin refused the model folder %1</source>
        <translation>el complemento rechazó la carpeta del modelo %1</translation>
    </message>
    <message>
        <source>TensorFlow refused the filesystem plugin %1: %2</source>
        <translation>TensorFlow rechazó el complemento de sistema de archivos %1: %2</translation>
    </message>
</context>
<context>
    <name>HandleDrop</name>
    <message>
        <source>Nothing was dropped.</source>
        <translation>No se soltó nada.</translation>
    </message>
    <message>
        <source>Only a model URL, a gs:// path or a SavedModel folder can be dropped here.</source>
        <translation>Aquí solo se puede soltar una URL de modelo, una ruta gs:// o una carpeta SavedModel.</translation>
    </message>
    <message>
        <source>“%1” is not a model handle. Drop a tfhub.dev or Kaggle URL, an http(s) URL of a model archive, a gs:// path or a SavedModel folder.</source>
        <translation>«%1» no es un identificador de modelo. Suelte una URL de tfhub.dev o de Kaggle, una URL http(s) de un archivo de modelo, una ruta gs:// o una carpeta SavedModel.</translation>
    </message>
    <message>
        <source>%1 is not a model folder. Drop a folder that holds a SavedModel (saved_model.pb), or a model URL.</source>
        <translation>%1 no es una carpeta de modelo. Suelte una carpeta que contenga un SavedModel (saved_model.pb) o una URL de modelo.</translation>
    </message>
    <message>
        <source>%1 looks like a cache folder, not a model. To use it, choose it as the cache folder in Settings.</source>
        <translation>%1 parece una carpeta de caché, no un modelo. Para usarla, elíjala como carpeta de caché en Preferencias.</translation>
    </message>
    <message>
        <source>%1 is not a SavedModel folder (%2). Drop a folder that holds saved_model.pb, or a model URL.</source>
        <translation>%1 no es una carpeta SavedModel (%2). Suelte una carpeta que contenga saved_model.pb o una URL de modelo.</translation>
    </message>
</context>
<context>
    <name>HubCache::ArchiveExtractor</name>
    <message>
        <source>the response body is empty</source>
        <translation>el cuerpo de la respuesta está vacío</translation>
    </message>
    <message>
        <source>no files in the archive</source>
        <translation>el archivo comprimido no contiene archivos</translation>
    </message>
    <message>
        <source>the gzip stream ends early (truncated download)</source>
        <translation>el flujo gzip termina antes de tiempo (descarga truncada)</translation>
    </message>
    <message>
        <source>hard link to &apos;%1&apos;</source>
        <translation>enlace físico a &apos;%1&apos;</translation>
    </message>
    <message>
        <source>symbolic link to &apos;%1&apos;</source>
        <translation>enlace simbólico a &apos;%1&apos;</translation>
    </message>
    <message>
        <source>device file</source>
        <translation>archivo de dispositivo</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>tipo %1</translation>
    </message>
    <message>
        <source>tensorflow_hub models are tar archives, optionally gzip/bzip2/xz compressed</source>
        <translation>los modelos de tensorflow_hub son archivos tar, opcionalmente comprimidos con gzip/bzip2/xz</translation>
    </message>
    <message>
        <source>the server sent a zip archive; %1</source>
        <translation>el servidor envió un archivo zip; %1</translation>
    </message>
    <message>
        <source>the server sent a 7z archive; %1</source>
        <translation>el servidor envió un archivo 7z; %1</translation>
    </message>
    <message>
        <source>the server sent a RAR archive; %1</source>
        <translation>el servidor envió un archivo RAR; %1</translation>
    </message>
    <message>
        <source>the server sent a bare SavedModel file (saved_model.pb), not an archive of the model&apos;s folder; %1</source>
        <translation>el servidor envió un archivo SavedModel suelto (saved_model.pb), no un archivo comprimido de la carpeta del modelo; %1</translation>
    </message>
    <message>
        <source>the server sent an HTML page (a login, consent or error page?) instead of the model archive; open the address in a browser to see it</source>
        <translation>el servidor envió una página HTML (¿una página de inicio de sesión, de consentimiento o de error?) en lugar del archivo comprimido del modelo; abra la dirección en un navegador para verla</translation>
    </message>
    <message>
        <source>the server sent an XML document (an error message of a storage service?) instead of the model archive</source>
        <translation>el servidor envió un documento XML (¿un mensaje de error de un servicio de almacenamiento?) en lugar del archivo comprimido del modelo</translation>
    </message>
    <message>
        <source>the server sent a JSON document (an error message of an API?) instead of the model archive</source>
        <translation>el servidor envió un documento JSON (¿un mensaje de error de una API?) en lugar del archivo comprimido del modelo</translation>
    </message>
    <message>
        <source>the server sent something that is not a tar archive (a login or error page, or a cut-off download): %1</source>
        <translation>el servidor envió algo que no es un archivo tar (una página de inicio de sesión o de error, o una descarga cortada): %1</translation>
    </message>
    <message>
        <source>the archive is damaged or cut off at member &apos;%1&apos;: %2</source>
        <translation>el archivo comprimido está dañado o cortado en el miembro &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>the archive is damaged: the tar header after member &apos;%1&apos; is corrupt (%2); download it again, and if that fails too, the archive on the server is broken</source>
        <translation>el archivo comprimido está dañado: el encabezado tar que sigue al miembro &apos;%1&apos; está corrupto (%2); vuelva a descargarlo y, si también falla, el archivo comprimido del servidor está dañado</translation>
    </message>
    <message>
        <source>its name is not valid UTF-8 (bytes shown as \xNN); a model&apos;s file names are UTF-8</source>
        <translation>su nombre no es UTF-8 válido (los bytes se muestran como \xNN); los nombres de archivo de un modelo están en UTF-8</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; has a name of %2 bytes; at most %3 are accepted</source>
        <translation>el nombre del miembro &apos;%1&apos; ocupa %2 bytes; se aceptan como máximo %3</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; is %2 levels deep; at most %3 are accepted</source>
        <translation>el miembro &apos;%1&apos; está a %2 niveles de profundidad; se aceptan como máximo %3</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; has a component of %2 bytes; at most %3 are accepted</source>
        <translation>el miembro &apos;%1&apos; tiene un componente de ruta de %2 bytes; se aceptan como máximo %3</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; would bring the extracted files to %2, more than the %3 allowed; if the model is genuine, raise HUBCACHE_MAX_EXTRACTED_SIZE</source>
        <translation>con el miembro &apos;%1&apos;, los archivos extraídos llegarían a %2, más de los %3 permitidos; si el modelo es legítimo, aumente HUBCACHE_MAX_EXTRACTED_SIZE</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; would bring the extracted files to %2 from %3 of archive read so far, %4 times as much; at most %5 times are allowed past the first %6; if the model is genuine, raise HUBCACHE_MAX_EXPANSION_RATIO</source>
        <translation>con el miembro &apos;%1&apos;, los archivos extraídos llegarían a %2 a partir de %3 de archivo comprimido leídos hasta ahora, %4 veces más; pasados los primeros %6 se permiten como máximo %5 veces; si el modelo es legítimo, aumente HUBCACHE_MAX_EXPANSION_RATIO</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2 more, only %3 are free</source>
        <translation>&apos;%1&apos; necesita %2 más y solo quedan %3 libres</translation>
    </message>
    <message>
        <source>the archive is damaged: the sparse map of member &apos;%1&apos; goes backwards</source>
        <translation>el archivo comprimido está dañado: el mapa disperso del miembro &apos;%1&apos; retrocede</translation>
    </message>
</context>
<context>
    <name>HubCache::CacheEntry</name>
    <message>
        <source>complete</source>
        <translation>completa</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>dañada</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>descargando</translation>
    </message>
    <message>
        <source>orphaned temp</source>
        <translation>temporal huérfana</translation>
    </message>
    <message>
        <source>stale lock</source>
        <translation>bloqueo obsoleto</translation>
    </message>
</context>
<context>
    <name>HubCache::CacheFolderCheck</name>
    <message>
        <source>%1; remove the write access of other users (chmod o-w, or the sticky bit: chmod +t)</source>
        <translation>%1; quite el permiso de escritura a los demás usuarios (chmod o-w, o el bit sticky: chmod +t)</translation>
    </message>
    <message>
        <source>%1; to use it anyway, add its owner to HUBCACHE_TRUSTED_CACHE_OWNERS</source>
        <translation>%1; para usarla de todos modos, añada su propietario a HUBCACHE_TRUSTED_CACHE_OWNERS</translation>
    </message>
    <message>
        <source>it is a symbolic link made by user %1</source>
        <translation>es un enlace simbólico creado por el usuario %1</translation>
    </message>
    <message>
        <source>a symbolic link to no folder</source>
        <translation>un enlace simbólico que no apunta a ninguna carpeta</translation>
    </message>
    <message>
        <source>every user can write to it (mode %1)</source>
        <translation>todos los usuarios pueden escribir en ella (modo %1)</translation>
    </message>
    <message>
        <source>it is owned by user %1, in the temp folder every user can write to</source>
        <translation>pertenece al usuario %1 y está en la carpeta temporal, en la que todos los usuarios pueden escribir</translation>
    </message>
    <message>
        <source>The cache folder %1 is owned by user %2 and writable by its group: they can put any model there. Set HUBCACHE_TRUSTED_CACHE_OWNERS=%2 if that is intended.</source>
        <translation>La carpeta de caché %1 pertenece al usuario %2 y su grupo puede escribir en ella: cualquiera de ellos puede poner ahí cualquier modelo. Si es intencionado, establezca HUBCACHE_TRUSTED_CACHE_OWNERS=%2.</translation>
    </message>
    <message>
        <source>The cache folder %1 is owned by user %2: they can put any model there. Set HUBCACHE_TRUSTED_CACHE_OWNERS=%2 if that is intended.</source>
        <translation>La carpeta de caché %1 pertenece al usuario %2: ese usuario puede poner ahí cualquier modelo. Si es intencionado, establezca HUBCACHE_TRUSTED_CACHE_OWNERS=%2.</translation>
    </message>
    <message>
        <source>it is writable by its group and not ours, in the temp folder every user can write to</source>
        <translation>no nos pertenece, su grupo puede escribir en ella y está en la carpeta temporal, en la que todos los usuarios pueden escribir</translation>
    </message>
    <message>
        <source>The cache folder %1 is writable by every user (sticky): only entries of your own, root&apos;s or trusted owners&apos; are used.</source>
        <translation>Todos los usuarios pueden escribir en la carpeta de caché %1 (sticky): solo se usan las entradas propias, las de root o las de propietarios de confianza.</translation>
    </message>
    <message>
        <source>The cache folder %1 is shared: every member of its group can put a model there.</source>
        <translation>La carpeta de caché %1 está compartida: cualquier miembro de su grupo puede poner un modelo en ella.</translation>
    </message>
    <message>
        <source>it was made by user %1, who should not be able to write into this cache folder</source>
        <translation>la creó el usuario %1, que no debería poder escribir en esta carpeta de caché</translation>
    </message>
</context>
<context>
    <name>HubCache::CacheMoveJob</name>
    <message>
        <source>%1: being downloaded</source>
        <translation>%1: se está descargando</translation>
    </message>
    <message>
        <source>%1: already in the new folder</source>
        <translation>%1: ya está en la carpeta nueva</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>HubCache::Catalog</name>
    <message>
        <source>%1 is not a model catalog: %2. A catalog is a JSON array of objects with &quot;handle&quot;, &quot;title&quot;, &quot;publisher&quot;, &quot;description&quot; and &quot;size&quot;.</source>
        <translation>%1 no es un catálogo de modelos: %2. Un catálogo es un array JSON de objetos con &quot;handle&quot;, &quot;title&quot;, &quot;publisher&quot;, &quot;description&quot; y &quot;size&quot;.</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 en el byte %2</translation>
    </message>
    <message>
        <source>expected a list of models</source>
        <translation>se esperaba una lista de modelos</translation>
    </message>
    <message>
        <source>model %1 has no &quot;handle&quot;</source>
        <translation>el modelo %1 no tiene &quot;handle&quot;</translation>
    </message>
</context>
<context>
    <name>HubCache::Configuration</name>
    <message>
        <source>command line</source>
        <translation>línea de comandos</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>variable de entorno</translation>
    </message>
    <message>
        <source>app setting</source>
        <translation>ajuste de la aplicación</translation>
    </message>
    <message>
        <source>default</source>
        <translation>valor predeterminado</translation>
    </message>
    <message>
        <source>hub.load() and hub.resolve() download each model once as a compressed archive and cache it in %1 (%2).</source>
        <translation>hub.load() y hub.resolve() descargan cada modelo una sola vez como archivo comprimido y lo almacenan en caché en %1 (%2).</translation>
    </message>
    <message>
        <source>from TFHUB_CACHE_DIR</source>
        <translation>indicada en TFHUB_CACHE_DIR</translation>
    </message>
    <message>
        <source>the default, in the temp folder: it may be cleaned on reboot</source>
        <translation>la predeterminada, en la carpeta temporal: puede vaciarse al reiniciar</translation>
    </message>
    <message>
        <source>hub.load() reads models straight from Google Cloud Storage (TFHUB_MODEL_LOAD_FORMAT=UNCOMPRESSED); nothing is cached.</source>
        <translation>hub.load() lee los modelos directamente de Google Cloud Storage (TFHUB_MODEL_LOAD_FORMAT=UNCOMPRESSED); no se almacena nada en caché.</translation>
    </message>
    <message>
        <source>TFHUB_MODEL_LOAD_FORMAT=%1 is not a valid value; Python does not check it and behaves as for COMPRESSED.</source>
        <translation>TFHUB_MODEL_LOAD_FORMAT=%1 no es un valor válido; Python no lo comprueba y se comporta como con COMPRESSED.</translation>
    </message>
    <message>
        <source>%1=%2 is not valid: give a number of %3 from %4 to %5</source>
        <translation>%1=%2 no es un valor válido: indique un número de %3 entre %4 y %5</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>milisegundos</translation>
    </message>
    <message>
        <source>bytes per second</source>
        <translation>bytes por segundo</translation>
    </message>
    <message>
        <source>retries</source>
        <translation>reintentos</translation>
    </message>
    <message>
        <source>HUBCACHE_RETRIES=%1 is not valid: give a whole number of retries from 0 to 100</source>
        <translation>HUBCACHE_RETRIES=%1 no es un valor válido: indique un número entero de reintentos entre 0 y 100</translation>
    </message>
    <message>
        <source>times the archive&apos;s size</source>
        <translation>veces el tamaño del archivo comprimido</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>HUBCACHE_TRUSTED_CACHE_OWNERS=%1 is not valid: &apos;%2&apos; is no user on this system; give user names or numeric user ids separated by commas</source>
        <translation>HUBCACHE_TRUSTED_CACHE_OWNERS=%1 no es un valor válido: &apos;%2&apos; no es ningún usuario de este sistema; indique nombres de usuario o identificadores numéricos de usuario separados por comas</translation>
    </message>
    <message>
        <source>%1=%2 is not valid: give an http or https URL with a host and optional port and nothing else, such as https://storage.googleapis.com or http://127.0.0.1:4443</source>
        <translation>%1=%2 no es válido: indique una URL http o https con un host y un puerto opcional y nada más, como https://storage.googleapis.com o http://127.0.0.1:4443</translation>
    </message>
    <message>
        <source>The storage endpoint setting</source>
        <translation>El ajuste del punto de acceso de almacenamiento</translation>
    </message>
    <message>
        <source>HUBCACHE_KAGGLE_API=%1 is not valid: give an http or https URL with a host and optional port and path, such as https://www.kaggle.com/api/v1</source>
        <translation>HUBCACHE_KAGGLE_API=%1 no es válido: indique una URL http o https con un host y, opcionalmente, un puerto y una ruta, como https://www.kaggle.com/api/v1</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>conexiones</translation>
    </message>
    <message>
        <source>HUBCACHE_PARALLEL_CONNECTIONS=%1 is not valid: give a whole number of connections from 1 to 16</source>
        <translation>HUBCACHE_PARALLEL_CONNECTIONS=%1 no es un valor válido: indique un número entero de conexiones entre 1 y 16</translation>
    </message>
</context>
<context>
    <name>HubCache::Credential</name>
    <message>
        <source>give a bucket (gs://BUCKET) without an object path</source>
        <translation>indique un bucket (gs://BUCKET) sin ruta de objeto</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host (https://host[:port]), a bucket (gs://BUCKET) or &apos;kaggle&apos;</source>
        <translation>&apos;%1&apos; no es un host (https://host[:port]), un bucket (gs://BUCKET) ni &apos;kaggle&apos;</translation>
    </message>
    <message>
        <source>give only scheme, host and port (https://host[:port]), without user, path or query</source>
        <translation>indique solo el esquema, el host y el puerto (https://host[:port]), sin usuario, ruta ni consulta</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>bearer token</source>
        <translation>token de portador</translation>
    </message>
    <message>
        <source>user name and password</source>
        <translation>nombre de usuario y contraseña</translation>
    </message>
    <message>
        <source>Kaggle user name and API key</source>
        <translation>nombre de usuario y clave de API de Kaggle</translation>
    </message>
    <message>
        <source>service-account key</source>
        <translation>clave de cuenta de servicio</translation>
    </message>
    <message>
        <source>OAuth access token</source>
        <translation>token de acceso OAuth</translation>
    </message>
    <message>
        <source>OAuth refresh token</source>
        <translation>token de actualización OAuth</translation>
    </message>
</context>
<context>
    <name>HubCache::CredentialStore</name>
    <message>
        <source>%1 has no &quot;username&quot; and &quot;key&quot;</source>
        <translation>%1 no tiene &quot;username&quot; y &quot;key&quot;</translation>
    </message>
</context>
<context>
    <name>HubCache::DirectHttpReply</name>
    <message>
        <source>%1 is not an http or https URL</source>
        <translation>%1 no es una URL http ni https</translation>
    </message>
    <message>
        <source>%1 has no host</source>
        <translation>%1 no tiene host</translation>
    </message>
    <message>
        <source>TLS is not available (no TLS backend could be loaded), so %1 cannot be downloaded</source>
        <translation>TLS no está disponible (no se pudo cargar ningún motor TLS), así que no se puede descargar %1</translation>
    </message>
    <message>
        <source>the caching proxy %1:%2 cannot tunnel %3; configure an HTTP (CONNECT) or SOCKS5 proxy for https instead</source>
        <translation>el proxy de caché %1:%2 no puede tunelizar %3; configure en su lugar un proxy HTTP (CONNECT) o SOCKS5 para https</translation>
    </message>
    <message>
        <source>the proxy configured for %1 (%2:%3) is of a kind that cannot carry this download; configure an HTTP or SOCKS5 proxy instead</source>
        <translation>el proxy configurado para %1 (%2:%3) es de un tipo que no puede llevar esta descarga; configure en su lugar un proxy HTTP o SOCKS5</translation>
    </message>
    <message>
        <source>could not reach %1 through the proxy %2:%3 (%4); check the proxy settings (https_proxy, http_proxy, all_proxy, no_proxy or the system&apos;s)</source>
        <translation>no se pudo llegar a %1 a través del proxy %2:%3 (%4); revise la configuración del proxy (https_proxy, http_proxy, all_proxy, no_proxy o la del sistema)</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>falló el saludo TLS con %1: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection before its answer&apos;s headers were complete</source>
        <translation>%1 cerró la conexión antes de completar las cabeceras de su respuesta</translation>
    </message>
    <message>
        <source>%1 closed the connection after %2 of %3 bytes</source>
        <translation>%1 cerró la conexión tras %2 de %3 bytes</translation>
    </message>
    <message>
        <source>%1 closed the connection after %2 bytes, before the end of the chunked body</source>
        <translation>%1 cerró la conexión tras %2 bytes, antes del final del cuerpo por fragmentos</translation>
    </message>
    <message>
        <source>%1 sent a line longer than %2 bytes in its chunked body</source>
        <translation>%1 envió una línea de más de %2 bytes en su cuerpo por fragmentos</translation>
    </message>
    <message>
        <source>%1 sent an answer whose headers are larger than %2 KB; this is not a download server&apos;s answer</source>
        <translation>%1 envió una respuesta con cabeceras de más de %2 KB; no es la respuesta de un servidor de descargas</translation>
    </message>
    <message>
        <source>%1 did not answer in HTTP/1.x (its answer begins with &quot;%2&quot;)</source>
        <translation>%1 no respondió en HTTP/1.x (su respuesta empieza por &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 sent more than %2 interim (1xx) answers without a final one</source>
        <translation>%1 envió más de %2 respuestas provisionales (1xx) sin una final</translation>
    </message>
    <message>
        <source>%1 switched protocols (101) though the request did not ask it to</source>
        <translation>%1 cambió de protocolo (101) aunque la petición no lo pedía</translation>
    </message>
    <message>
        <source>%1 sent an invalid Content-Length (%2)</source>
        <translation>%1 envió un Content-Length no válido (%2)</translation>
    </message>
    <message>
        <source>%1 sent a malformed chunk size (&quot;%2&quot;)</source>
        <translation>%1 envió un tamaño de fragmento mal formado (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 sent a chunk longer than its announced size</source>
        <translation>%1 envió un fragmento más largo que el tamaño anunciado</translation>
    </message>
    <message>
        <source>Error transferring %1 - server replied: %2</source>
        <translation>Error al transferir %1 - el servidor respondió: %2</translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation>Operación cancelada</translation>
    </message>
</context>
<context>
    <name>HubCache::DownloadJob</name>
    <message>
        <source>no data for %1 s</source>
        <translation>sin datos durante %1 s</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation>la conexión se cerró después de %1 de %2 bytes</translation>
    </message>
    <message>
        <source>%1 — retrying in %2 s</source>
        <translation>%1 — se reintentará en %2 s</translation>
    </message>
    <message>
        <source>the server resumed at the wrong place (%1) instead of byte %2</source>
        <translation>el servidor reanudó en un lugar equivocado (%1) en vez de en el byte %2</translation>
    </message>
    <message>
        <source>%1 — resuming at %2 of %3 bytes in %4 s</source>
        <translation>%1 — se reanudará en el byte %2 de %3 dentro de %4 s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>the redirect&apos;s Location header is unreadable: the answer&apos;s headers are larger than the HTTP client accepts (100 KB)</source>
        <translation>no se puede leer el encabezado Location de la redirección: los encabezados de la respuesta superan lo que admite el cliente HTTP (100 KB)</translation>
    </message>
    <message>
        <source>the server sent a whole body (status %1) instead of the rest from byte %2 (the file may have changed)</source>
        <translation>el servidor envió el cuerpo completo (estado %1) en lugar del resto a partir del byte %2 (puede que el archivo haya cambiado)</translation>
    </message>
    <message>
        <source>the server resumed without a usable Content-Range (%1)</source>
        <translation>el servidor reanudó sin un Content-Range utilizable (%1)</translation>
    </message>
    <message>
        <source>the file&apos;s length changed from %1 to %2 bytes</source>
        <translation>la longitud del archivo cambió de %1 a %2 bytes</translation>
    </message>
    <message>
        <source>the file changed on the server: its ETag is %1 now, was %2</source>
        <translation>el archivo cambió en el servidor: su ETag ahora es %1, antes era %2</translation>
    </message>
    <message>
        <source>the file changed on the server: its Last-Modified is %1 now, was %2</source>
        <translation>el archivo cambió en el servidor: su Last-Modified ahora es %1, antes era %2</translation>
    </message>
    <message>
        <source>%1; the download cannot start over: its %2 attempts are used up (HUBCACHE_RETRIES)</source>
        <translation>%1; la descarga no puede volver a empezar: ya se agotaron sus %2 intentos (HUBCACHE_RETRIES)</translation>
    </message>
    <message>
        <source>%1; the download cannot start over because %2 could not be emptied</source>
        <translation>%1; la descarga no puede volver a empezar porque no se pudo vaciar %2</translation>
    </message>
    <message>
        <source>%1 — starting over from the beginning in %2 s</source>
        <translation>%1 — se volverá a empezar desde el principio dentro de %2 s</translation>
    </message>
    <message>
        <source>%1 B/s over the last %2 s, below HUBCACHE_MIN_SPEED=%3 B/s</source>
        <translation>%1 B/s durante los últimos %2 s, por debajo de HUBCACHE_MIN_SPEED=%3 B/s</translation>
    </message>
    <message>
        <source>the server switched protocols (101) though the request did not ask it to</source>
        <translation>el servidor cambió de protocolo (101) aunque la solicitud no lo pedía</translation>
    </message>
    <message>
        <source>the server sent an interim answer (%1) that could not be told from the final one</source>
        <translation>el servidor envió una respuesta provisional (%1) que no se pudo distinguir de la final</translation>
    </message>
    <message>
        <source>it was left by a download of %1</source>
        <translation>procede de una descarga de %1</translation>
    </message>
    <message>
        <source>%1: the data kept from an earlier attempt is of no use (%2); downloading from the start</source>
        <translation>%1: los datos guardados de un intento anterior no sirven (%2); se descarga desde el principio</translation>
    </message>
    <message>
        <source>%1 changed on the server since the earlier attempt; downloading it again from the start</source>
        <translation>%1 cambió en el servidor desde el intento anterior; se vuelve a descargar desde el principio</translation>
    </message>
</context>
<context>
    <name>HubCache::Error</name>
    <message>
        <source> (HTTP %1</source>
        <translation> (HTTP %1</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Cancelado por el usuario.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a model handle; give a tfhub.dev or Kaggle URL, a gs:// path or a local folder</source>
        <translation>&apos;%1&apos; no es un identificador de modelo; indique una URL de tfhub.dev o Kaggle, una ruta gs:// o una carpeta local</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1: this kind of handle is not supported yet</source>
        <translation>%1: este tipo de identificador aún no es compatible</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid model load format; use COMPRESSED, UNCOMPRESSED or AUTO (check TFHUB_MODEL_LOAD_FORMAT and --tfhub_model_load_format)</source>
        <translation>&apos;%1&apos; no es un formato de carga de modelos válido; use COMPRESSED, UNCOMPRESSED o AUTO (revise TFHUB_MODEL_LOAD_FORMAT y --tfhub_model_load_format)</translation>
    </message>
    <message>
        <source>Invalid configuration</source>
        <translation>Configuración no válida</translation>
    </message>
    <message>
        <source>%1 is not in the cache and offline mode is on (--offline or HUBCACHE_OFFLINE); turn offline mode off to download it</source>
        <translation>%1 no está en la caché y el modo sin conexión está activado (--offline o HUBCACHE_OFFLINE); desactive el modo sin conexión para descargarlo</translation>
    </message>
    <message>
        <source>Cannot download %1: host %2 not found; check the handle and your network or proxy settings</source>
        <translation>No se puede descargar %1: no se encontró el host %2; revise el identificador y la configuración de red o de proxy</translation>
    </message>
    <message>
        <source>Cannot download %1: %2 refused the connection; is the server up?</source>
        <translation>No se puede descargar %1: %2 rechazó la conexión; ¿está funcionando el servidor?</translation>
    </message>
    <message>
        <source>Cannot download %1: the connection to %2 failed</source>
        <translation>No se puede descargar %1: falló la conexión con %2</translation>
    </message>
    <message>
        <source>Cannot download %1: the TLS certificate of %2 could not be verified (TFHUB_DISABLE_CERT_VALIDATION=true turns the check off at your own risk)</source>
        <translation>No se puede descargar %1: no se pudo verificar el certificado TLS de %2 (TFHUB_DISABLE_CERT_VALIDATION=true desactiva la comprobación, bajo su propia responsabilidad)</translation>
    </message>
    <message>
        <source>Cannot download %1: %2 stopped sending data; try again later or raise the timeout</source>
        <translation>No se puede descargar %1: %2 dejó de enviar datos; vuelva a intentarlo más tarde o aumente el tiempo de espera</translation>
    </message>
    <message>
        <source>Cannot download %1 through the proxy; check http_proxy, https_proxy and no_proxy</source>
        <translation>No se puede descargar %1 a través del proxy; revise http_proxy, https_proxy y no_proxy</translation>
    </message>
    <message>
        <source>Cannot download %1: access denied%2; the model may need a licence accepted on its page or credentials</source>
        <translation>No se puede descargar %1: acceso denegado%2; es posible que el modelo requiera credenciales o aceptar una licencia en su página</translation>
    </message>
    <message>
        <source>Cannot download %1: not found on the server%2; check the handle&apos;s spelling and version</source>
        <translation>No se puede descargar %1: no se encontró en el servidor%2; revise la ortografía y la versión del identificador</translation>
    </message>
    <message>
        <source>Cannot download %1: the server is rate limiting requests%2; try again later</source>
        <translation>No se puede descargar %1: el servidor está limitando la frecuencia de las solicitudes%2; vuelva a intentarlo más tarde</translation>
    </message>
    <message>
        <source>Cannot download %1: server error%2; try again later</source>
        <translation>No se puede descargar %1: error del servidor%2; vuelva a intentarlo más tarde</translation>
    </message>
    <message>
        <source>Cannot download %1: the server answered with an error%2</source>
        <translation>No se puede descargar %1: el servidor respondió con un error%2</translation>
    </message>
    <message>
        <source>Cannot download %1: too many redirects (last: %2)</source>
        <translation>No se puede descargar %1: demasiadas redirecciones (última: %2)</translation>
    </message>
    <message>
        <source>Cannot download %1: refused a redirect to %2 (only http and https are followed)</source>
        <translation>No se puede descargar %1: se rechazó una redirección a %2 (solo se siguen http y https)</translation>
    </message>
    <message>
        <source>Unexpected answer from the server for %1%2</source>
        <translation>Respuesta inesperada del servidor para %1%2</translation>
    </message>
    <message>
        <source>%1 does not appear to be a valid module%2; the server sent something that is not a complete model archive (a login or error page, or a cut-off download)</source>
        <translation>%1 no parece ser un módulo válido%2; el servidor envió algo que no es un archivo comprimido de modelo completo (una página de inicio de sesión o de error, o una descarga cortada)</translation>
    </message>
    <message>
        <source>%1: refused archive member &apos;%2&apos;: it would be written outside the model folder</source>
        <translation>%1: se rechazó el miembro &apos;%2&apos; del archivo comprimido: se escribiría fuera de la carpeta del modelo</translation>
    </message>
    <message>
        <source>%1: Unexpected object type in tar archive: member &apos;%2&apos; is neither a file nor a folder</source>
        <translation>%1: tipo de objeto inesperado en el archivo tar: el miembro &apos;%2&apos; no es ni un archivo ni una carpeta</translation>
    </message>
    <message>
        <source>No space left while writing %1; free some space or choose another cache folder (TFHUB_CACHE_DIR)</source>
        <translation>No queda espacio al escribir %1; libere espacio o elija otra carpeta de caché (TFHUB_CACHE_DIR)</translation>
    </message>
    <message>
        <source>%1 is not writable; choose another cache folder in Settings or set TFHUB_CACHE_DIR</source>
        <translation>No se puede escribir en %1; elija otra carpeta de caché en Preferencias o establezca TFHUB_CACHE_DIR</translation>
    </message>
    <message>
        <source>File error on %1</source>
        <translation>Error de archivo en %1</translation>
    </message>
    <message>
        <source>No cache entry for &apos;%1&apos; in %2</source>
        <translation>No hay ninguna entrada de caché para &apos;%1&apos; en %2</translation>
    </message>
    <message>
        <source>%1 is being downloaded by another process (%2); try again when it is done</source>
        <translation>Otro proceso (%2) está descargando %1; vuelva a intentarlo cuando termine</translation>
    </message>
    <message>
        <source>Cannot take the download lock %1</source>
        <translation>No se puede obtener el bloqueo de descarga %1</translation>
    </message>
    <message>
        <source>Trying to load a model of incompatible/unknown type. &apos;%1&apos; contains neither &apos;saved_model.pb&apos; nor &apos;saved_model.pbtxt&apos;.</source>
        <translation>Se intenta cargar un modelo de tipo incompatible o desconocido. &apos;%1&apos; no contiene ni &apos;saved_model.pb&apos; ni &apos;saved_model.pbtxt&apos;.</translation>
    </message>
    <message>
        <source>%1 is not a readable SavedModel; delete the cache entry and download it again</source>
        <translation>%1 no es un SavedModel legible; elimine la entrada de caché y vuelva a descargarlo</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Error desconocido</translation>
    </message>
    <message>
        <source>Cannot download %1: %2 is sending too slowly; try again later, or lower HUBCACHE_MIN_SPEED / raise HUBCACHE_MIN_SPEED_TIME</source>
        <translation>No se puede descargar %1: %2 envía los datos demasiado despacio; vuelva a intentarlo más tarde, o reduzca HUBCACHE_MIN_SPEED / aumente HUBCACHE_MIN_SPEED_TIME</translation>
    </message>
    <message>
        <source>%1 does not appear to be a valid module%2; %3</source>
        <translation>%1 no parece ser un módulo válido%2; %3</translation>
    </message>
    <message>
        <source>%1: refused archive member &apos;%2&apos;: %3</source>
        <translation>%1: se rechazó el miembro &apos;%2&apos; del archivo comprimido: %3</translation>
    </message>
    <message>
        <source>%1: refused the archive: it goes beyond what a model needs (an archive bomb?)</source>
        <translation>%1: se rechazó el archivo comprimido: excede lo que necesita un modelo (¿una bomba de descompresión?)</translation>
    </message>
    <message>
        <source>%1: a file is larger than the file system holding %2 allows for one file</source>
        <translation>%1: un archivo supera el tamaño máximo por archivo que admite el sistema de archivos que contiene %2</translation>
    </message>
    <message>
        <source>%1 is not safe to use as a cache: another user could plant a model there; choose a cache folder of your own (TFHUB_CACHE_DIR) or fix its owner and permissions</source>
        <translation>%1 no es seguro como caché: otro usuario podría colocar ahí un modelo; elija una carpeta de caché propia (TFHUB_CACHE_DIR) o corrija su propietario y sus permisos</translation>
    </message>
    <message>
        <source>%1 is not a folder; choose another cache folder in Settings or set TFHUB_CACHE_DIR</source>
        <translation>%1 no es una carpeta; elija otra carpeta de caché en Preferencias o establezca TFHUB_CACHE_DIR</translation>
    </message>
    <message>
        <source>%1: in the UNCOMPRESSED load format a model stays in remote storage (gs://), and reading it from there is not supported yet; use COMPRESSED or AUTO</source>
        <translation>%1: con el formato de carga UNCOMPRESSED el modelo se queda en el almacenamiento remoto (gs://), y leerlo desde allí aún no es posible; use COMPRESSED o AUTO</translation>
    </message>
    <message>
        <source>%1: offline mode is on (--offline or HUBCACHE_OFFLINE), but the UNCOMPRESSED load format caches nothing and asks %2 for the model&apos;s location every time; turn offline mode off, or use the COMPRESSED load format for a cached copy</source>
        <translation>%1: el modo sin conexión está activado (--offline o HUBCACHE_OFFLINE), pero el formato de carga UNCOMPRESSED no almacena nada en caché y pregunta a %2 la ubicación del modelo cada vez; desactive el modo sin conexión, o use el formato de carga COMPRESSED para tener una copia en caché</translation>
    </message>
    <message>
        <source>check the handle&apos;s spelling and version</source>
        <translation>compruebe la ortografía y la versión del identificador</translation>
    </message>
    <message>
        <source>the model may need a licence accepted on its page or credentials</source>
        <translation>puede que el modelo necesite aceptar una licencia en su página o credenciales</translation>
    </message>
    <message>
        <source>try again later</source>
        <translation>vuelva a intentarlo más tarde</translation>
    </message>
    <message>
        <source>the server does not offer this model in the UNCOMPRESSED load format; use COMPRESSED (TFHUB_MODEL_LOAD_FORMAT or --tfhub_model_load_format)</source>
        <translation>el servidor no ofrece este modelo en el formato de carga UNCOMPRESSED; use COMPRESSED (TFHUB_MODEL_LOAD_FORMAT o --tfhub_model_load_format)</translation>
    </message>
    <message>
        <source>Cannot resolve %1: Expected 303 See other HTTP response but received code %2%3; %4</source>
        <translation>No se puede resolver %1: Expected 303 See other HTTP response but received code %2%3; %4</translation>
    </message>
    <message>
        <source>Cannot resolve %1: Expected server to return a GCS location but received %2%3; the server does not offer this model in the UNCOMPRESSED load format, use COMPRESSED (TFHUB_MODEL_LOAD_FORMAT or --tfhub_model_load_format)</source>
        <translation>No se puede resolver %1: Expected server to return a GCS location but received %2%3; el servidor no ofrece este modelo en el formato de carga UNCOMPRESSED, use COMPRESSED (TFHUB_MODEL_LOAD_FORMAT o --tfhub_model_load_format)</translation>
    </message>
    <message>
        <source>The write to %1 was refused because its precondition failed%2: the object already exists or was changed by someone else; read it again and retry if still needed</source>
        <translation>La escritura en %1 se rechazó porque falló su condición previa%2: el objeto ya existe o alguien lo cambió; vuelva a leerlo y reintente si aún hace falta</translation>
    </message>
    <message>
        <source>%1 was replaced while it was being read; nothing of the new version was mixed in; read it again</source>
        <translation>%1 se reemplazó mientras se leía; no se mezcló nada de la versión nueva; vuelva a leerlo</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was replaced</source>
        <translation>%1 ya existe; no se ha reemplazado nada</translation>
    </message>
    <message>
        <source>The system keychain cannot keep or give the credential for %1; start and unlock your keyring (a Secret Service such as GNOME Keyring or KWallet), or give the credential through the environment (KAGGLE_USERNAME/KAGGLE_KEY, GOOGLE_APPLICATION_CREDENTIALS, GOOGLE_OAUTH_ACCESS_TOKEN); nothing is stored in plain text</source>
        <translation>El llavero del sistema no puede guardar ni proporcionar la credencial para %1; inicie y desbloquee su anillo de claves (un Secret Service como GNOME Keyring o KWallet), o indique la credencial mediante el entorno (KAGGLE_USERNAME/KAGGLE_KEY, GOOGLE_APPLICATION_CREDENTIALS, GOOGLE_OAUTH_ACCESS_TOKEN); no se guarda nada en texto sin cifrar</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 s for %2: the keyring is probably locked; unlock it (for example by logging in to the desktop or with your keyring manager) and try again, or give the credential through the environment (KAGGLE_USERNAME/KAGGLE_KEY, GOOGLE_APPLICATION_CREDENTIALS, GOOGLE_OAUTH_ACCESS_TOKEN)</source>
        <translation>El llavero del sistema no respondió en %1 s para %2: probablemente el anillo de claves está bloqueado; desbloquéelo (por ejemplo, iniciando sesión en el escritorio o con su gestor de anillos de claves) y vuelva a intentarlo, o indique la credencial mediante el entorno (KAGGLE_USERNAME/KAGGLE_KEY, GOOGLE_APPLICATION_CREDENTIALS, GOOGLE_OAUTH_ACCESS_TOKEN)</translation>
    </message>
    <message>
        <source>The system keychain gives no credential for %1; if your keyring is locked, unlock it (a locked keyring hides its entries), otherwise add one with &apos;hubcache login %1&apos; or in Preferences &gt; Credentials</source>
        <translation>El llavero del sistema no proporciona ninguna credencial para %1; si su anillo de claves está bloqueado, desbloquéelo (un anillo de claves bloqueado oculta sus entradas); si no, agregue una con &apos;hubcache login %1&apos; o en Preferencias &gt; Credenciales</translation>
    </message>
    <message>
        <source>The credential for %1 cannot be used</source>
        <translation>No se puede usar la credencial para %1</translation>
    </message>
</context>
<context>
    <name>HubCache::FreeSpaceCheck</name>
    <message>
        <source>Only %1 free on %2 (the file system of the cache folder %3); %4 needs about %5 once extracted.</source>
        <translation>Solo quedan %1 libres en %2 (el sistema de archivos de la carpeta de caché %3); %4 necesita unos %5 una vez extraído.</translation>
    </message>
    <message>
        <source>Free some space or choose another cache folder (TFHUB_CACHE_DIR); to download anyway, turn the free-space check off (hubcache --ignore-free-space).</source>
        <translation>Libere espacio o elija otra carpeta de caché (TFHUB_CACHE_DIR); para descargar de todos modos, desactive la comprobación de espacio libre (hubcache --ignore-free-space).</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsAccessTokenCredentials</name>
    <message>
        <source>the access token from GOOGLE_OAUTH_ACCESS_TOKEN</source>
        <translation>el token de acceso de GOOGLE_OAUTH_ACCESS_TOKEN</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsAnonymousCredentials</name>
    <message>
        <source>anonymous access</source>
        <translation>acceso anónimo</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsCredentialProvider</name>
    <message>
        <source>the key stored in the keychain for %1</source>
        <translation>la clave guardada en el llavero para %1</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsListJob</name>
    <message>
        <source>the server repeats the page token %1</source>
        <translation>el servidor repite el token de página %1</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsMetadataJob</name>
    <message>
        <source>no object metadata in the answer</source>
        <translation>la respuesta no trae metadatos del objeto</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsObjectReader</name>
    <message>
        <source>the answer does not name the object&apos;s generation</source>
        <translation>la respuesta no indica la generación del objeto</translation>
    </message>
    <message>
        <source>generation %1 was being read, the server sent %2</source>
        <translation>se estaba leyendo la generación %1 y el servidor envió %2</translation>
    </message>
    <message>
        <source>asked for bytes from %1, got Content-Range %2</source>
        <translation>se pidieron bytes desde %1 y llegó Content-Range %2</translation>
    </message>
    <message>
        <source>the server ignored the Range header</source>
        <translation>el servidor ignoró la cabecera Range</translation>
    </message>
    <message>
        <source>the server sent more bytes than asked for</source>
        <translation>el servidor envió más bytes de los pedidos</translation>
    </message>
    <message>
        <source>the answer ended at byte %1 of %2</source>
        <translation>la respuesta terminó en el byte %1 de %2</translation>
    </message>
    <message>
        <source>generation %1 is gone after %2 bytes</source>
        <translation>la generación %1 desapareció tras %2 bytes</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsRefreshTokenCredentials</name>
    <message>
        <source>its &quot;type&quot; is not &quot;authorized_user&quot;</source>
        <translation>su &quot;type&quot; no es &quot;authorized_user&quot;</translation>
    </message>
    <message>
        <source>&quot;client_id&quot; or &quot;refresh_token&quot; is missing</source>
        <translation>falta &quot;client_id&quot; o &quot;refresh_token&quot;</translation>
    </message>
    <message>
        <source>its token_uri %1 is not an https URL</source>
        <translation>su token_uri %1 no es una URL https</translation>
    </message>
    <message>
        <source>OAuth refresh token (%1)</source>
        <translation>token de actualización OAuth (%1)</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsRequestJob</name>
    <message>
        <source>no data for %1 s</source>
        <translation>sin datos durante %1 s</translation>
    </message>
    <message>
        <source>the answer is larger than %1 bytes</source>
        <translation>la respuesta ocupa más de %1 bytes</translation>
    </message>
    <message>
        <source>the answer ended after %1 of %2 bytes</source>
        <translation>la respuesta terminó tras %1 de %2 bytes</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsRewriteJob</name>
    <message>
        <source>no rewrite status in the answer</source>
        <translation>la respuesta no trae el estado de rewrite</translation>
    </message>
    <message>
        <source>an unfinished rewrite without a rewriteToken</source>
        <translation>un rewrite sin terminar y sin rewriteToken</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsServiceAccountCredentials</name>
    <message>
        <source>Cannot use the service-account key %1 (GOOGLE_APPLICATION_CREDENTIALS): %2; download a new JSON key for the service account or unset the variable</source>
        <translation>No se puede usar la clave de cuenta de servicio %1 (GOOGLE_APPLICATION_CREDENTIALS): %2; descargue una clave JSON nueva para la cuenta de servicio o quite la variable</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>no es un objeto JSON (%1)</translation>
    </message>
    <message>
        <source>its &quot;type&quot; is not &quot;service_account&quot;</source>
        <translation>su &quot;type&quot; no es &quot;service_account&quot;</translation>
    </message>
    <message>
        <source>&quot;client_email&quot; or &quot;private_key&quot; is missing</source>
        <translation>falta &quot;client_email&quot; o &quot;private_key&quot;</translation>
    </message>
    <message>
        <source>its token_uri %1 is not an https URL</source>
        <translation>su token_uri %1 no es una URL https</translation>
    </message>
    <message>
        <source>its private_key is not an RSA private key in PEM form</source>
        <translation>su private_key no es una clave privada RSA en formato PEM</translation>
    </message>
    <message>
        <source>signing with its private_key failed</source>
        <translation>falló la firma con su private_key</translation>
    </message>
    <message>
        <source>service account %1</source>
        <translation>cuenta de servicio %1</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsStorage</name>
    <message>
        <source>not a gs://bucket/name location</source>
        <translation>no es una ubicación gs://bucket/nombre</translation>
    </message>
    <message>
        <source>a Google Cloud Storage request did not finish in time</source>
        <translation>una solicitud a Google Cloud Storage no terminó a tiempo</translation>
    </message>
    <message>
        <source>a read at offset %1 of %2 bytes</source>
        <translation>una lectura de %2 bytes en la posición %1</translation>
    </message>
    <message>
        <source>%1 was already committed</source>
        <translation>%1 ya se había confirmado</translation>
    </message>
    <message>
        <source>the upload ended before its last chunk was sent</source>
        <translation>la subida terminó antes de enviar su último fragmento</translation>
    </message>
    <message>
        <source>%1 bytes, more than the %2 expected</source>
        <translation>%1 bytes, más de los %2 esperados</translation>
    </message>
    <message>
        <source>the answer ended at byte %1 of %2</source>
        <translation>la respuesta terminó en el byte %1 de %2</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsTokenExchangeCredentials</name>
    <message>
        <source>an access token for %1</source>
        <translation>un token de acceso para %1</translation>
    </message>
    <message>
        <source>no access_token and expires_in in the token answer</source>
        <translation>la respuesta del token no trae access_token ni expires_in</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsUploadJob</name>
    <message>
        <source>no upload session URL in the answer</source>
        <translation>la respuesta no trae la URL de la sesión de subida</translation>
    </message>
    <message>
        <source>the session claims more bytes than the file has</source>
        <translation>la sesión dice tener más bytes de los que tiene el archivo</translation>
    </message>
    <message>
        <source>no object metadata in the answer</source>
        <translation>la respuesta no trae metadatos del objeto</translation>
    </message>
    <message>
        <source>the stored object has %1 bytes, the file %2</source>
        <translation>el objeto guardado tiene %1 bytes y el archivo %2</translation>
    </message>
    <message>
        <source>the session claims %1 bytes, %2 were sent</source>
        <translation>la sesión indica %1 bytes y se enviaron %2</translation>
    </message>
</context>
<context>
    <name>HubCache::HttpRetryPolicy</name>
    <message>
        <source>the redirect&apos;s Location header is too long (%1 bytes)</source>
        <translation>el encabezado Location de la redirección es demasiado largo (%1 bytes)</translation>
    </message>
    <message>
        <source>the redirect&apos;s Location header is not a valid URL: %1</source>
        <translation>el encabezado Location de la redirección no es una URL válida: %1</translation>
    </message>
    <message>
        <source>the redirect has no Location header</source>
        <translation>la redirección no tiene cabecera Location</translation>
    </message>
</context>
<context>
    <name>HubCache::KaggleCatalogJob</name>
    <message>
        <source>Offline mode is on, and Kaggle Models is searched on %1: turn offline mode off (--offline, HUBCACHE_OFFLINE) to search it. Models already in the cache stay listed under the other sources.</source>
        <translation>El modo sin conexión está activado, y Kaggle Models se busca en %1: desactive el modo sin conexión (--offline, HUBCACHE_OFFLINE) para buscar en él. Los modelos que ya están en la caché siguen apareciendo en los demás orígenes.</translation>
    </message>
    <message>
        <source>Unexpected answer from Kaggle Models (%1): the answer is larger than %2 MB, far more than a page of the listing. Try again later; if it persists, Kaggle may have changed its API.</source>
        <translation>Respuesta inesperada de Kaggle Models (%1): la respuesta ocupa más de %2 MB, mucho más que una página del listado. Vuelva a intentarlo más tarde; si persiste, puede que Kaggle haya cambiado su API.</translation>
    </message>
    <message>
        <source>Kaggle Models is rate limiting requests (HTTP %1 from %2); wait a minute and search again.</source>
        <translation>Kaggle Models está limitando la frecuencia de las solicitudes (HTTP %1 de %2); espere un minuto y vuelva a buscar.</translation>
    </message>
    <message>
        <source>Kaggle Models answered with a server error (HTTP %1 from %2); try again later.</source>
        <translation>Kaggle Models respondió con un error del servidor (HTTP %1 de %2); vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Kaggle Models refused the request (HTTP %1 from %2): the model may be private or need Kaggle credentials.</source>
        <translation>Kaggle Models rechazó la solicitud (HTTP %1 de %2): puede que el modelo sea privado o necesite credenciales de Kaggle.</translation>
    </message>
    <message>
        <source>Kaggle Models has no such page (HTTP %1 from %2); check HUBCACHE_KAGGLE_API (default https://www.kaggle.com/api/v1).</source>
        <translation>Kaggle Models no tiene esa página (HTTP %1 de %2); revise HUBCACHE_KAGGLE_API (predeterminado: https://www.kaggle.com/api/v1).</translation>
    </message>
    <message>
        <source>Kaggle Models answered HTTP %1 from %2.</source>
        <translation>Kaggle Models respondió HTTP %1 desde %2.</translation>
    </message>
    <message>
        <source>Kaggle Models did not answer within %1 s (%2); check your connection, or try again.</source>
        <translation>Kaggle Models no respondió en %1 s (%2); revise su conexión o vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cannot reach Kaggle Models at %1 (%2). Check your network connection or proxy; models already in the cache still work offline.</source>
        <translation>No se puede conectar con Kaggle Models en %1 (%2). Revise su conexión de red o el proxy; los modelos que ya están en la caché siguen funcionando sin conexión.</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>no es JSON (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>the answer should be a JSON object</source>
        <translation>la respuesta debería ser un objeto JSON</translation>
    </message>
    <message>
        <source>the answer is about %1/%2, not %3/%4</source>
        <translation>la respuesta trata de %1/%2, no de %3/%4</translation>
    </message>
    <message>
        <source>Unexpected answer from Kaggle Models (%1): %2. Kaggle may have changed its API; the listing cannot be shown.</source>
        <translation>Respuesta inesperada de Kaggle Models (%1): %2. Puede que Kaggle haya cambiado su API; no se puede mostrar el listado.</translation>
    </message>
    <message>
        <source>%1 — retrying in %2 s</source>
        <translation>%1 — se reintentará en %2 s</translation>
    </message>
</context>
<context>
    <name>HubCache::KaggleCatalogPage</name>
    <message>
        <source>&quot;%1&quot; should be %2 but is %3</source>
        <translation>&quot;%1&quot; debería ser %2, pero es %3</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>a non-negative whole number</source>
        <translation>un número entero no negativo</translation>
    </message>
    <message>
        <source>&quot;%1.ref&quot; should be owner/model but is &apos;%2&apos;</source>
        <translation>&quot;%1.ref&quot; debería ser propietario/modelo, pero es &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&quot;%1.slug&quot; (&apos;%2&apos;) does not match its ref &apos;%3&apos;</source>
        <translation>&quot;%1.slug&quot; (&apos;%2&apos;) no coincide con su ref &apos;%3&apos;</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>&quot;%1.slug&quot; should be a variation name but is &apos;%2&apos;</source>
        <translation>&quot;%1.slug&quot; debería ser un nombre de variante, pero es &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&quot;%1.versionNumber&quot; should be a version from 1 but is %2</source>
        <translation>&quot;%1.versionNumber&quot; debería ser una versión a partir de 1, pero es %2</translation>
    </message>
    <message>
        <source>Unexpected answer from Kaggle Models (%1): %2. Kaggle may have changed its API; the listing cannot be shown.</source>
        <translation>Respuesta inesperada de Kaggle Models (%1): %2. Puede que Kaggle haya cambiado su API; no se puede mostrar el listado.</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>la respuesta ocupa más de %1 MB</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>no es JSON (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>the answer should be a JSON object</source>
        <translation>la respuesta debería ser un objeto JSON</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1/%2, %3 variation %4, version %5</source>
        <translation>%1/%2, variante %4 de %3, versión %5</translation>
    </message>
    <message>
        <source>%1 (%2/%3, %4 variation %5, version %6)</source>
        <translation>%1 (%2/%3, variante %5 de %4, versión %6)</translation>
    </message>
</context>
<context>
    <name>HubCache::LocalStorage</name>
    <message>
        <source>a symbolic link</source>
        <translation>un enlace simbólico</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>una FIFO</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>un archivo</translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation>mayor de %1 bytes</translation>
    </message>
    <message>
        <source>some files could not be deleted</source>
        <translation>no se pudieron borrar algunos archivos</translation>
    </message>
</context>
<context>
    <name>HubCache::ModelCache</name>
    <message>
        <source>process %1 on this host is gone</source>
        <translation>el proceso %1 de este host ya no existe</translation>
    </message>
    <message>
        <source>no progress for %1 s</source>
        <translation>sin progreso durante %1 s</translation>
    </message>
    <message>
        <source>left by an interrupted download</source>
        <translation>restos de una descarga interrumpida</translation>
    </message>
    <message>
        <source>some files could not be deleted; `hubcache prune` retries</source>
        <translation>no se pudieron eliminar algunos archivos; `hubcache prune` lo vuelve a intentar</translation>
    </message>
    <message>
        <source>the lock changed hands</source>
        <translation>el bloqueo cambió de propietario</translation>
    </message>
    <message>
        <source>not an orphaned temp folder or stale lock</source>
        <translation>no es una carpeta temporal huérfana ni un bloqueo obsoleto</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>%1.lock is %2, not a download lock</source>
        <translation>%1.lock es %2, no un bloqueo de descarga</translation>
    </message>
    <message>
        <source>%1.lock does not hold a download lock (content &apos;%2&apos;)</source>
        <translation>%1.lock no contiene un bloqueo de descarga (contenido &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>process %1 is not running here and its download made no progress for %2 s</source>
        <translation>el proceso %1 no se está ejecutando aquí y su descarga no avanzó durante %2 s</translation>
    </message>
    <message>
        <source>%1 is %2, not a descriptor</source>
        <translation>%1 es %2, no un descriptor</translation>
    </message>
    <message>
        <source>%1, not a folder</source>
        <translation>%1, no una carpeta</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>un archivo</translation>
    </message>
</context>
<context>
    <name>HubCache::ModelFolder</name>
    <message>
        <source>a symbolic link</source>
        <translation>un enlace simbólico</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>un archivo</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>una tubería con nombre (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>%1 is %2, not a file</source>
        <translation>%1 es %2, no un archivo</translation>
    </message>
    <message>
        <source>%1, not a folder</source>
        <translation>%1, no una carpeta</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>the folder is empty</source>
        <translation>la carpeta está vacía</translation>
    </message>
    <message>
        <source>no saved_model.pb, saved_model.pbtxt, tfhub_module.pb or *.tflite (half deleted?)</source>
        <translation>no hay saved_model.pb, saved_model.pbtxt, tfhub_module.pb ni *.tflite (¿borrada a medias?)</translation>
    </message>
    <message>
        <source>variables is %1, not a folder</source>
        <translation>variables es %1, no una carpeta</translation>
    </message>
    <message>
        <source>variables/variables.index is missing (half deleted?)</source>
        <translation>falta variables/variables.index (¿borrada a medias?)</translation>
    </message>
    <message>
        <source>variables/variables.data-* is missing (half deleted?)</source>
        <translation>falta variables/variables.data-* (¿borrada a medias?)</translation>
    </message>
</context>
<context>
    <name>HubCache::ProfileEditor</name>
    <message>
        <source>the hubcache block that starts on line %1 has no end line &apos;%2&apos; before the next block starts on line %3; fix or delete the hubcache lines by hand, then try again</source>
        <translation>el bloque de hubcache que empieza en la línea %1 no tiene la línea final &apos;%2&apos; antes de que empiece el siguiente bloque en la línea %3; corrija o elimine a mano las líneas de hubcache y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>line %1 ends a hubcache block that never started (no line starting with &apos;%2&apos; above it); fix or delete the hubcache lines by hand, then try again</source>
        <translation>la línea %1 cierra un bloque de hubcache que nunca se abrió (no hay ninguna línea anterior que empiece por &apos;%2&apos;); corrija o elimine a mano las líneas de hubcache y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the hubcache block that starts on line %1 has no end line &apos;%2&apos;; fix or delete the hubcache lines by hand, then try again</source>
        <translation>el bloque de hubcache que empieza en la línea %1 no tiene la línea final &apos;%2&apos;; corrija o elimine a mano las líneas de hubcache y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>%1; check that you may write to %2, or add the lines shown in the app to the file by hand</source>
        <translation>%1; compruebe que tiene permiso de escritura en %2 o agregue a mano al archivo las líneas que muestra la aplicación</translation>
    </message>
    <message>
        <source>it is a symbolic link to %1, which does not exist; repair or remove the link, then try again</source>
        <translation>es un enlace simbólico a %1, que no existe; repare o elimine el enlace y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>it is a symbolic link to %1 that leads back to itself; repair or remove the link, then try again</source>
        <translation>es un enlace simbólico a %1 que remite a sí mismo; repare o elimine el enlace y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>cannot follow its symbolic link to %1 (%2); repair or remove the link, then try again</source>
        <translation>no se puede seguir su enlace simbólico a %1 (%2); repare o elimine el enlace y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>it is a symbolic link to %1, which is not a regular file; point the link at a file, or add the lines by hand</source>
        <translation>es un enlace simbólico a %1, que no es un archivo normal; haga que el enlace apunte a un archivo o agregue las líneas a mano</translation>
    </message>
    <message>
        <source>it is not a regular file; move it away, or add the lines by hand</source>
        <translation>no es un archivo normal; muévalo a otro lugar o agregue las líneas a mano</translation>
    </message>
    <message>
        <source>it is a symbolic link to %1, which belongs to another user (uid %2); hubcache only edits your own files, so add the lines by hand</source>
        <translation>es un enlace simbólico a %1, que pertenece a otro usuario (uid %2); hubcache solo edita archivos de su propiedad, así que agregue las líneas a mano</translation>
    </message>
    <message>
        <source>it belongs to another user (uid %1); hubcache only edits your own files, so add the lines by hand</source>
        <translation>pertenece a otro usuario (uid %1); hubcache solo edita archivos de su propiedad, así que agregue las líneas a mano</translation>
    </message>
    <message>
        <source>it was changed by another program while hubcache was editing it; try again</source>
        <translation>otro programa lo modificó mientras hubcache lo editaba; vuelva a intentarlo</translation>
    </message>
    <message>
        <source>it is not a regular file; remove it by hand</source>
        <translation>no es un archivo normal; elimínelo a mano</translation>
    </message>
    <message>
        <source>cannot create this folder; check the permissions of the folder above it</source>
        <translation>no se puede crear esta carpeta; revise los permisos de la carpeta que la contiene</translation>
    </message>
    <message>
        <source>the home folder &apos;%1&apos; is not an absolute path</source>
        <translation>la carpeta personal &apos;%1&apos; no es una ruta absoluta</translation>
    </message>
    <message>
        <source>the TensorFlow Hub cache folder is empty; choose a folder, or leave TFHUB_CACHE_DIR unset</source>
        <translation>no se indicó ninguna carpeta de caché de TensorFlow Hub; elija una carpeta o deje TFHUB_CACHE_DIR sin definir</translation>
    </message>
    <message>
        <source>the cache folder &apos;%1&apos; contains a line break, which a shell profile cannot hold; choose another folder</source>
        <translation>la carpeta de caché &apos;%1&apos; contiene un salto de línea, que un perfil de shell no admite; elija otra carpeta</translation>
    </message>
    <message>
        <source>the cache folder &apos;%1&apos; is not an absolute path; login shells start in other folders, so give the full path (or one starting with ~/)</source>
        <translation>la carpeta de caché &apos;%1&apos; no es una ruta absoluta; los shells de inicio de sesión empiezan en otras carpetas, así que indique la ruta completa (o una que empiece por ~/)</translation>
    </message>
</context>
<context>
    <name>HubCache::RangedDownload</name>
    <message>
        <source>the server answered the range from byte %1 with another one (%2)</source>
        <translation>el servidor respondió al rango desde el byte %1 con otro distinto (%2)</translation>
    </message>
    <message>
        <source>the file&apos;s length changed from %1 to %2 bytes</source>
        <translation>la longitud del archivo cambió de %1 a %2 bytes</translation>
    </message>
    <message>
        <source>the file changed on the server: its ETag is %1 now, was %2</source>
        <translation>el archivo cambió en el servidor: su ETag ahora es %1, antes era %2</translation>
    </message>
    <message>
        <source>the file changed on the server: its Last-Modified is %1 now, was %2</source>
        <translation>el archivo cambió en el servidor: su Last-Modified ahora es %1, antes era %2</translation>
    </message>
    <message>
        <source>the server sent the whole file (status 200) when asked for bytes %1 to %2: it does not honour ranges</source>
        <translation>el servidor envió el archivo completo (estado 200) cuando se le pidieron los bytes %1 a %2: no respeta los rangos</translation>
    </message>
    <message>
        <source>the file changed on the server (status 200 to a request for the same version)</source>
        <translation>el archivo cambió en el servidor (estado 200 ante una petición de la misma versión)</translation>
    </message>
    <message>
        <source>the server refused the range of the same version (status %1): the file changed</source>
        <translation>el servidor rechazó el rango de la misma versión (estado %1): el archivo cambió</translation>
    </message>
    <message>
        <source>the connection closed at byte %1 of the part that ends at byte %2</source>
        <translation>la conexión se cerró en el byte %1 de la parte que termina en el byte %2</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>sin datos durante %1 s</translation>
    </message>
</context>
<context>
    <name>HubCache::RegularFile</name>
    <message>
        <source>a FIFO</source>
        <translation>una FIFO</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>un enlace simbólico</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
</context>
<context>
    <name>HubCache::ResolveJob</name>
    <message>
        <source>The cached copy of %1 is broken (%2); downloading it again.</source>
        <translation>La copia en caché de %1 está dañada (%2); se vuelve a descargar.</translation>
    </message>
    <message>
        <source>Taking over the download of %1 from process %2, which is gone.</source>
        <translation>Se retoma la descarga de %1 que hacía el proceso %2, que ya no existe.</translation>
    </message>
    <message>
        <source>The download of %1 by %2 made no progress for %3 s; taking it over.</source>
        <translation>La descarga de %1 por parte de %2 no avanzó durante %3 s; se retoma.</translation>
    </message>
    <message>
        <source>%1 is being downloaded by %2 on %3 (%4 so far); waiting. It is taken over if it makes no progress for %5 s.</source>
        <translation>El proceso %2 de %3 está descargando %1 (%4 hasta ahora); esperando. Se retomará si no avanza durante %5 s.</translation>
    </message>
    <message>
        <source>%1 is %2, not a download lock; replacing it.</source>
        <translation>%1 es %2, no un bloqueo de descarga; se reemplaza.</translation>
    </message>
    <message>
        <source>%1 does not hold a download lock (content &apos;%2&apos;); taking it over.</source>
        <translation>%1 no contiene un bloqueo de descarga (contenido &apos;%2&apos;); se retoma.</translation>
    </message>
    <message>
        <source>%1 does not hold a download lock (content &apos;%2&apos;); taking it over in %3 s unless it changes.</source>
        <translation>%1 no contiene un bloqueo de descarga (contenido &apos;%2&apos;); se retomará en %3 s si no cambia.</translation>
    </message>
    <message>
        <source>%1 is being downloaded by process %2, which is not running here but may run in another container on %3 (%4 so far); waiting. It is taken over if it makes no progress for %5 s.</source>
        <translation>El proceso %2 está descargando %1; no se ejecuta aquí, pero puede ejecutarse en otro contenedor de %3 (%4 hasta ahora); esperando. Se retomará si no avanza durante %5 s.</translation>
    </message>
    <message>
        <source>%1 was replaced during the download; starting over with the new version</source>
        <translation>%1 se reemplazó durante la descarga; se empieza de nuevo con la nueva versión</translation>
    </message>
</context>
<context>
    <name>HubCache::ResumeData</name>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>no se puede crear %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 no es una carpeta</translation>
    </message>
    <message>
        <source>its record or archive file is missing or not a regular file</source>
        <translation>falta su registro o su archivo comprimido parcial, o no es un archivo normal</translation>
    </message>
    <message>
        <source>its record is too large (%1 bytes)</source>
        <translation>su registro es demasiado grande (%1 bytes)</translation>
    </message>
    <message>
        <source>its record is corrupt</source>
        <translation>su registro está dañado</translation>
    </message>
    <message>
        <source>its archive file is longer than the archive</source>
        <translation>su archivo comprimido parcial es más largo que el archivo comprimido completo</translation>
    </message>
</context>
<context>
    <name>HubCache::UncompressedLocationJob</name>
    <message>
        <source>an empty body</source>
        <translation>un cuerpo vacío</translation>
    </message>
    <message>
        <source>the answer&apos;s body is larger than %1 KB, far more than a gs:// location; the server does not follow the UNCOMPRESSED protocol</source>
        <translation>el cuerpo de la respuesta ocupa más de %1 KB, mucho más que una ubicación gs://; el servidor no sigue el protocolo UNCOMPRESSED</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>ninguna respuesta completa en %1 s</translation>
    </message>
    <message>
        <source>the redirect&apos;s Location is not an http or https URL that can be followed: %1</source>
        <translation>la cabecera Location de la redirección no es una URL http ni https que se pueda seguir: %1</translation>
    </message>
    <message>
        <source>the location %1 is not valid UTF-8</source>
        <translation>la ubicación %1 no es UTF-8 válido</translation>
    </message>
    <message>
        <source>%1 — retrying in %2 s</source>
        <translation>%1 — se reintenta en %2 s</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>&amp;Explorar</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>&amp;Descargas</translation>
    </message>
    <message>
        <source>&amp;Cache</source>
        <translation>&amp;Caché</translation>
    </message>
    <message>
        <source>Open Model Catalog</source>
        <translation>Abrir catálogo de modelos</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>The demo hub could not start on 127.0.0.1.</source>
        <translation>No se pudo iniciar el hub de demostración en 127.0.0.1.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open Catalog…</source>
        <translation>&amp;Abrir catálogo…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Find Model</source>
        <translation>&amp;Buscar modelo</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Log and Diagnostics</source>
        <translation>&amp;Registro y diagnóstico</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About hubcache</source>
        <translation>&amp;Acerca de hubcache</translation>
    </message>
    <message>
        <source>About hubcache</source>
        <translation>Acerca de hubcache</translation>
    </message>
    <message>
        <source>hubcache %1
Resolve, download, cache and inspect TensorFlow Hub models, in the same cache as the tensorflow_hub Python library.</source>
        <translation>hubcache %1
Resuelve, descarga, almacena en caché e inspecciona modelos de TensorFlow Hub, en la misma caché que la biblioteca de Python tensorflow_hub.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barra principal</translation>
    </message>
    <message>
        <source>Mode: </source>
        <translation>Modo: </translation>
    </message>
    <message>
        <source>Compressed — download and cache</source>
        <translation>Comprimido — descargar y almacenar en caché</translation>
    </message>
    <message>
        <source>Uncompressed — read from remote storage</source>
        <translation>Sin comprimir — leer del almacenamiento remoto</translation>
    </message>
    <message>
        <source>Uncompressed mode: models are read from remote storage, nothing is cached.</source>
        <translation>Modo sin comprimir: los modelos se leen del almacenamiento remoto y no se almacena nada en caché.</translation>
    </message>
    <message>
        <source>Compressed mode: models are downloaded once and cached.</source>
        <translation>Modo comprimido: los modelos se descargan una vez y se almacenan en caché.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Compressed&lt;/b&gt;: each model is downloaded once as an archive and kept in the cache folder; later loads need no network.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Uncompressed&lt;/b&gt;: the model is read straight from remote storage (Google Cloud Storage) every time; nothing is cached.&lt;/p&gt;&lt;p&gt;This switch is for hubcache&apos;s own downloads. In this environment the Python library will do this: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Comprimido&lt;/b&gt;: cada modelo se descarga una vez como archivo comprimido y se guarda en la carpeta de caché; las cargas posteriores no necesitan red.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sin comprimir&lt;/b&gt;: el modelo se lee directamente del almacenamiento remoto (Google Cloud Storage) cada vez; no se almacena nada en caché.&lt;/p&gt;&lt;p&gt;Este selector se aplica a las descargas propias de hubcache. En este entorno, la biblioteca de Python hará lo siguiente: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Python: compressed</source>
        <translation>Python: comprimido</translation>
    </message>
    <message>
        <source>Python: uncompressed</source>
        <translation>Python: sin comprimir</translation>
    </message>
    <message>
        <source>Cache: %1 (%2)</source>
        <translation>Caché: %1 (%2)</translation>
    </message>
    <message>
        <source>Not in the Cache</source>
        <translation>No está en la caché</translation>
    </message>
    <message>
        <source>Delete Entries</source>
        <translation>Eliminar entradas</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Some Entries Were Not Deleted</source>
        <translation>Algunas entradas no se eliminaron</translation>
    </message>
    <message>
        <source>%1 freed.</source>
        <translation>Se liberaron %1.</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <source>Nothing to prune: no orphaned temp folders or stale locks.</source>
        <translation>No hay nada que limpiar: no hay carpetas temporales huérfanas ni bloqueos obsoletos.</translation>
    </message>
    <message>
        <source>The new language is used when hubcache starts again.</source>
        <translation>El nuevo idioma se usará la próxima vez que se inicie hubcache.</translation>
    </message>
    <message>
        <source>Move Cached Models</source>
        <translation>Mover modelos en caché</translation>
    </message>
    <message numerus="yes">
        <source>The old cache folder %1 holds %n model(s) (%2). Move them to %3?</source>
        <translation>
            <numerusform>La carpeta de caché anterior %1 contiene %n modelo (%2). ¿Moverlo a %3?</numerusform>
            <numerusform>La carpeta de caché anterior %1 contiene %n modelos (%2). ¿Moverlos a %3?</numerusform>
        </translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>Moving cached models…</source>
        <translation>Moviendo los modelos en caché…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) moved.</source>
        <translation>
            <numerusform>%n modelo movido.</numerusform>
            <numerusform>%n modelos movidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not moved:</source>
        <translation>No movidos:</translation>
    </message>
    <message>
        <source>Downloads Running</source>
        <translation>Descargas en curso</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>%1 is in remote storage at %2 (uncompressed mode: nothing was downloaded or cached).</source>
        <translation>%1 está en el almacenamiento remoto en %2 (modo sin comprimir: no se descargó ni se almacenó nada en caché).</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Borrando…</translation>
    </message>
    <message>
        <source>Pruning…</source>
        <translation>Limpiando…</translation>
    </message>
    <message>
        <source>Cached models are not moved between a local folder and a bucket; models are downloaded into %1 when they are next used.</source>
        <translation>Los modelos en caché no se mueven entre una carpeta local y un bucket; se descargarán en %1 la próxima vez que se usen.</translation>
    </message>
    <message>
        <source>Listing Kaggle Models on %1…</source>
        <translation>Listando Kaggle Models en %1…</translation>
    </message>
    <message>
        <source>Searching Kaggle Models on %1 for “%2”…</source>
        <translation>Buscando «%2» en Kaggle Models en %1…</translation>
    </message>
    <message>
        <source>No TensorFlow models on Kaggle match “%1”.</source>
        <translation>Ningún modelo de TensorFlow en Kaggle coincide con «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n TensorFlow model variation(s) from Kaggle Models.</source>
        <translation>
            <numerusform>%n variante de modelo de TensorFlow de Kaggle Models.</numerusform>
            <numerusform>%n variantes de modelos de TensorFlow de Kaggle Models.</numerusform>
        </translation>
    </message>
    <message>
        <source>More results are available.</source>
        <translation>Hay más resultados disponibles.</translation>
    </message>
    <message>
        <source>Sign-in Needed</source>
        <translation>Se necesita iniciar sesión</translation>
    </message>
    <message>
        <source>%1

Add or replace a credential for this host or bucket in Preferences &gt; Credentials?</source>
        <translation>%1

¿Agregar o reemplazar una credencial para este host o bucket en Preferencias &gt; Credenciales?</translation>
    </message>
    <message>
        <source>Open &amp;Credentials</source>
        <translation>Abrir &amp;credenciales</translation>
    </message>
    <message>
        <source>Could not get %1; the Browse and Downloads pages say why.</source>
        <translation>No se pudo obtener %1; las páginas Explorar y Descargas indican el motivo.</translation>
    </message>
    <message>
        <source>%1 could not be resolved:
%2</source>
        <translation>No se pudo resolver %1:
%2</translation>
    </message>
    <message>
        <source>%1 is ready in the cache.</source>
        <translation>%1 está listo en la caché.</translation>
    </message>
    <message>
        <source>Download Model</source>
        <translation>Descargar modelo</translation>
    </message>
    <message>
        <source>%1 is %2. Download it into the cache now?</source>
        <translation>%1 ocupa %2. ¿Descargarlo ahora en la caché?</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Descargar</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demostración</translation>
    </message>
    <message>
        <source>%1% — demo</source>
        <translation>%1% — demostración</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) added to Downloads.</source>
        <translation>
            <numerusform>Se añadió %n modelo a Descargas.</numerusform>
            <numerusform>Se añadieron %n modelos a Descargas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in Downloads.</source>
        <translation>Ya está en Descargas.</translation>
    </message>
    <message>
        <source>Cannot Open Folder</source>
        <translation>No se puede abrir la carpeta</translation>
    </message>
    <message>
        <source>No file manager could be started to show %1. Install one (and xdg-utils), or copy the path and open it yourself.</source>
        <translation>No se pudo iniciar ningún gestor de archivos para mostrar %1. Instale uno (y xdg-utils), o copie la ruta y ábrala usted mismo.</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>&amp;Copiar ruta</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) from the cache and free %1?</source>
        <translation>
            <numerusform>¿Eliminar %n elemento de la caché y liberar %1?</numerusform>
            <numerusform>¿Eliminar %n elementos de la caché y liberar %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n leftover(s) of interrupted downloads (temp folders, stale locks), freeing %1?</source>
        <translation>
            <numerusform>¿Eliminar %n resto de descargas interrumpidas (carpetas temporales, bloqueos obsoletos) y liberar %1?</numerusform>
            <numerusform>¿Eliminar %n restos de descargas interrumpidas (carpetas temporales, bloqueos obsoletos) y liberar %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Prune removed %n leftover(s) and freed %1.</source>
        <translation>
            <numerusform>La limpieza eliminó %n resto y liberó %1.</numerusform>
            <numerusform>La limpieza eliminó %n restos y liberó %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Update Your Profile</source>
        <translation>Actualizar su perfil</translation>
    </message>
    <message>
        <source>Your profile (~/.bashrc, environment.d) still sets TFHUB_CACHE_DIR=%1, so shells and Python will keep using that folder. Write %2 there instead?</source>
        <translation>Su perfil (~/.bashrc, environment.d) todavía establece TFHUB_CACHE_DIR=%1, así que los shells y Python seguirán usando esa carpeta. ¿Escribir %2 en su lugar?</translation>
    </message>
    <message>
        <source>&amp;Update Profile</source>
        <translation>&amp;Actualizar perfil</translation>
    </message>
    <message>
        <source>Your profile now sets TFHUB_CACHE_DIR=%1: new shells and new logins use it.</source>
        <translation>Su perfil establece ahora TFHUB_CACHE_DIR=%1: se aplica a los shells nuevos y a los próximos inicios de sesión.</translation>
    </message>
    <message numerus="yes">
        <source>Quit and cancel %n running download(s)? Nothing half-downloaded is left in the cache.</source>
        <translation>
            <numerusform>¿Salir y cancelar %n descarga en curso? No queda nada a medio descargar en la caché.</numerusform>
            <numerusform>¿Salir y cancelar %n descargas en curso? No queda nada a medio descargar en la caché.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard Paused Downloads</source>
        <translation>Descartar descargas en pausa</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %1 kept for %n paused download(s)? Downloading them again starts from the beginning.

%2</source>
        <translation>
            <numerusform>¿Eliminar los %1 guardados para %n descarga en pausa? Al volver a descargarla se empieza desde el principio.

%2</numerusform>
            <numerusform>¿Eliminar los %1 guardados para %n descargas en pausa? Al volver a descargarlas se empieza desde el principio.

%2</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>%1 is being downloaded; cancel that download first.</source>
        <translation>%1 se está descargando; cancele primero esa descarga.</translation>
    </message>
    <message>
        <source>%1 could not be deleted; check its permissions.</source>
        <translation>No se pudo eliminar %1; revise sus permisos.</translation>
    </message>
    <message>
        <source>Some Paused Downloads Were Not Discarded</source>
        <translation>Algunas descargas en pausa no se descartaron</translation>
    </message>
    <message>
        <source>Not Enough Space</source>
        <translation>Espacio insuficiente</translation>
    </message>
    <message>
        <source>Free some space or choose another cache folder in Settings first. Download anyway?</source>
        <translation>Libere espacio o elija antes otra carpeta de caché en Preferencias. ¿Descargar de todos modos?</translation>
    </message>
    <message>
        <source>Download Anyway</source>
        <translation>Descargar de todos modos</translation>
    </message>
    <message>
        <source>Not downloaded: not enough free space.</source>
        <translation>No se descargó: no hay suficiente espacio libre.</translation>
    </message>
    <message>
        <source>Download Failed</source>
        <translation>Descarga fallida</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Download Finished</source>
        <translation>Descarga terminada</translation>
    </message>
    <message>
        <source>%1 is in the handle field: press Resolve to get it.</source>
        <translation>%1 está en el campo de identificador: pulse Resolver para obtenerlo.</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) still running. Keep downloading in the background? hubcache stays in the system tray and says when they end.</source>
        <translation>
            <numerusform>%n descarga sigue en curso. ¿Continuar la descarga en segundo plano? hubcache permanece en la bandeja del sistema y avisa cuando termine.</numerusform>
            <numerusform>%n descargas siguen en curso. ¿Continuar las descargas en segundo plano? hubcache permanece en la bandeja del sistema y avisa cuando terminen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep in &amp;Tray</source>
        <translation>Mantener en la &amp;bandeja</translation>
    </message>
</context>
<context>
    <name>ProgressPrinter</name>
    <message>
        <source>Downloading TF-Hub Module &apos;%1&apos;.</source>
        <translation>Descargando el módulo de TF-Hub &apos;%1&apos;.</translation>
    </message>
    <message>
        <source> %1 s left</source>
        <translation> quedan %1 s</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>~/.bashrc (shells, Python scripts started from them)</source>
        <translation>~/.bashrc (shells y scripts de Python iniciados desde ellos)</translation>
    </message>
    <message>
        <source>~/.config/environment.d (the desktop session: IDEs, notebooks)</source>
        <translation>~/.config/environment.d (la sesión de escritorio: IDE, notebooks)</translation>
    </message>
    <message>
        <source>&amp;Write to Profile</source>
        <translation>&amp;Escribir en el perfil</translation>
    </message>
    <message>
        <source>Re&amp;move from Profile</source>
        <translation>&amp;Quitar del perfil</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Cache Folder</source>
        <translation>Carpeta de caché</translation>
    </message>
    <message>
        <source>Automatic (compressed)</source>
        <translation>Automático (comprimido)</translation>
    </message>
    <message>
        <source>Compressed: download and cache</source>
        <translation>Comprimido: descargar y almacenar en caché</translation>
    </message>
    <message>
        <source>Uncompressed: read from remote storage</source>
        <translation>Sin comprimir: leer del almacenamiento remoto</translation>
    </message>
    <message>
        <source>TFHUB_MODEL_LOAD_FORMAT. Compressed downloads each model once and caches it; uncompressed reads it from Google Cloud Storage every time and caches nothing.</source>
        <translation>TFHUB_MODEL_LOAD_FORMAT. «Comprimido» descarga cada modelo una vez y lo almacena en caché; «Sin comprimir» lo lee de Google Cloud Storage cada vez y no almacena nada en caché.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Takes effect when hubcache starts again.</source>
        <translation>Se aplica la próxima vez que se inicie hubcache.</translation>
    </message>
    <message>
        <source>A JSON list of models</source>
        <translation>Una lista JSON de modelos</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Exa&amp;minar…</translation>
    </message>
    <message>
        <source>Model Catalog</source>
        <translation>Catálogo de modelos</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Caché</translation>
    </message>
    <message>
        <source>Cache &amp;folder:</source>
        <translation>Carpeta de &amp;caché:</translation>
    </message>
    <message>
        <source>Load &amp;format:</source>
        <translation>&amp;Formato de carga:</translation>
    </message>
    <message>
        <source>Make it persistent for Python and shells</source>
        <translation>Hacerlo persistente para Python y los shells</translation>
    </message>
    <message>
        <source>Writes TFHUB_CACHE_DIR and TFHUB_MODEL_LOAD_FORMAT into a block that hubcache manages, as the TensorFlow Hub documentation tells bash users to. Your other lines stay as they are, a backup is kept, and Remove takes the block out again.</source>
        <translation>Escribe TFHUB_CACHE_DIR y TFHUB_MODEL_LOAD_FORMAT en un bloque que administra hubcache, como la documentación de TensorFlow Hub indica a los usuarios de bash. Sus demás líneas quedan como están, se guarda una copia de seguridad y «Quitar del perfil» vuelve a quitar el bloque.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Catalog file:</source>
        <translation>&amp;Archivo de catálogo:</translation>
    </message>
    <message>
        <source>&amp;Downloads at once:</source>
        <translation>&amp;Descargas simultáneas:</translation>
    </message>
    <message>
        <source>This folder is in the temp folder, which is cleaned on reboot or by age: cached models will vanish and be downloaded again. Choose a folder in your home.</source>
        <translation>Esta carpeta está dentro de la carpeta temporal, que se vacía al reiniciar o por antigüedad: los modelos en caché desaparecerán y se volverán a descargar. Elija una carpeta dentro de su carpeta personal.</translation>
    </message>
    <message>
        <source>TFHUB_CACHE_DIR is set to %1 in this session; it wins over this setting until you write the new folder to your profile and log in again.</source>
        <translation>En esta sesión, TFHUB_CACHE_DIR tiene el valor %1; prevalece sobre este ajuste hasta que escriba la carpeta nueva en su perfil y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Nothing deletes cached models automatically: use the Cache page to free space.</source>
        <translation>Nada elimina automáticamente los modelos en caché: use la página Caché para liberar espacio.</translation>
    </message>
    <message>
        <source>Your profile has no hubcache block.</source>
        <translation>Su perfil no tiene ningún bloque de hubcache.</translation>
    </message>
    <message>
        <source>Your profile sets TFHUB_CACHE_DIR=%1, TFHUB_MODEL_LOAD_FORMAT=%2.</source>
        <translation>Su perfil establece TFHUB_CACHE_DIR=%1, TFHUB_MODEL_LOAD_FORMAT=%2.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>New shells and new logins see it.</source>
        <translation>Se aplica a los shells nuevos y a los próximos inicios de sesión.</translation>
    </message>
    <message>
        <source>Where models are cached (TFHUB_CACHE_DIR): a local folder, or gs://bucket/folder for a cache in Google Cloud Storage shared by several machines. Empty: %1</source>
        <translation>Dónde se guardan los modelos en caché (TFHUB_CACHE_DIR): una carpeta local, o gs://bucket/carpeta para una caché en Google Cloud Storage compartida por varias máquinas. Vacío: %1</translation>
    </message>
    <message>
        <source>Where gs:// locations are read and written: Google Cloud Storage, or an emulator or proxy such as http://127.0.0.1:4443. HUBCACHE_GCS_ENDPOINT and STORAGE_EMULATOR_HOST win over this setting.</source>
        <translation>Dónde se leen y escriben las ubicaciones gs://: Google Cloud Storage, o un emulador o proxy como http://127.0.0.1:4443. HUBCACHE_GCS_ENDPOINT y STORAGE_EMULATOR_HOST tienen prioridad sobre este ajuste.</translation>
    </message>
    <message>
        <source>Storage &amp;endpoint:</source>
        <translation>&amp;Punto de acceso de almacenamiento:</translation>
    </message>
    <message>
        <source>A cache in a bucket is shared by every machine and Python process that uses %1; each model is downloaded into it once. Reading a model from it needs the network.</source>
        <translation>Una caché en un bucket la comparten todas las máquinas y procesos de Python que usan %1; cada modelo se descarga en ella una vez. Leer un modelo de ella necesita la red.</translation>
    </message>
    <message>
        <source>Give the bucket and an optional folder, such as gs://my-bucket/tfhub_modules.</source>
        <translation>Indica el bucket y, si quieres, una carpeta, como gs://my-bucket/tfhub_modules.</translation>
    </message>
    <message>
        <source>The storage endpoint %1 is not valid: give an http or https URL with a host and an optional port, such as http://127.0.0.1:4443.</source>
        <translation>El punto de acceso de almacenamiento %1 no es válido: indica una URL http o https con un host y un puerto opcional, como http://127.0.0.1:4443.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>C&amp;redentials</source>
        <translation>C&amp;redenciales</translation>
    </message>
    <message>
        <source>Press OK first: only saved settings are written to your profile.</source>
        <translation>Pulse primero Aceptar: solo se escriben en su perfil los ajustes guardados.</translation>
    </message>
    <message>
        <source>Write TFHUB_CACHE_DIR=%1 to your profile.</source>
        <translation>Escribe TFHUB_CACHE_DIR=%1 en su perfil.</translation>
    </message>
    <message>
        <source>Press OK to save the changes above; then write them here.</source>
        <translation>Pulse Aceptar para guardar los cambios de arriba; después, escríbalos aquí.</translation>
    </message>
    <message>
        <source>A large archive (%1 or more) from a server that offers ranges is fetched over this many connections at once; its bytes are kept so that a stopped download resumes. Default: %2. HUBCACHE_PARALLEL_CONNECTIONS, if set, wins over this setting.</source>
        <translation>Un archivo grande (%1 o más) de un servidor que admite rangos se descarga con este número de conexiones a la vez; sus bytes se guardan para que una descarga detenida pueda reanudarse. Predeterminado: %2. HUBCACHE_PARALLEL_CONNECTIONS, si está definida, prevalece sobre este ajuste.</translation>
    </message>
    <message>
        <source>Set by HUBCACHE_PARALLEL_CONNECTIONS=%1, which wins over this setting.</source>
        <translation>Definido por HUBCACHE_PARALLEL_CONNECTIONS=%1, que prevalece sobre este ajuste.</translation>
    </message>
    <message>
        <source>Co&amp;nnections per download:</source>
        <translation>Co&amp;nexiones por descarga:</translation>
    </message>
</context>
<context>
    <name>SmokeCommand</name>
    <message>
        <source>A model handle or a model folder.</source>
        <translation>Un identificador de modelo o una carpeta de modelo.</translation>
    </message>
    <message>
        <source>The signature to run (default: serving_default, else the first).</source>
        <translation>La firma que se ejecutará (predeterminada: serving_default; si no existe, la primera).</translation>
    </message>
    <message>
        <source>The meta graph&apos;s tags, comma-separated (default: serve).</source>
        <translation>Las etiquetas del metagrafo, separadas por comas (predeterminadas: serve).</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Imprime el informe en formato JSON.</translation>
    </message>
    <message>
        <source>The value of every element of numeric inputs (default: 0).</source>
        <translation>El valor de cada elemento de las entradas numéricas (predeterminado: 0).</translation>
    </message>
    <message>
        <source>Stop the TensorFlow helper after this many seconds (default: 600; 0: never).</source>
        <translation>Detiene el proceso auxiliar de TensorFlow después de estos segundos (predeterminado: 600; 0: nunca).</translation>
    </message>
    <message>
        <source>Load TensorFlow in this process instead of a helper process (a crash then ends hubcache).</source>
        <translation>Carga TensorFlow en este proceso en lugar de en un proceso auxiliar (así, un fallo grave cierra también hubcache).</translation>
    </message>
    <message>
        <source>Show TensorFlow&apos;s own log on standard error.</source>
        <translation>Muestra el registro propio de TensorFlow en la salida de error estándar.</translation>
    </message>
    <message>
        <source>The model&apos;s name in messages.</source>
        <translation>El nombre del modelo en los mensajes.</translation>
    </message>
    <message>
        <source>hubcache: %1</source>
        <translation>hubcache: %1</translation>
    </message>
    <message>
        <source>Try &apos;hubcache smoke --help&apos;.</source>
        <translation>Pruebe &apos;hubcache smoke --help&apos;.</translation>
    </message>
    <message>
        <source>smoke takes exactly one handle or model folder</source>
        <translation>smoke admite exactamente un identificador o una carpeta de modelo</translation>
    </message>
    <message>
        <source>--fill takes a number</source>
        <translation>--fill admite un número</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds</source>
        <translation>--timeout admite un número de segundos</translation>
    </message>
    <message>
        <source>OK: the model loaded and ran.</source>
        <translation>OK: el modelo se cargó y se ejecutó.</translation>
    </message>
    <message>
        <source>hubcache: error: %1</source>
        <translation>hubcache: error: %1</translation>
    </message>
    <message>
        <source>The most memory all made-up inputs may take together, in bytes or with a K, M or G suffix (default: 256M).</source>
        <translation>La memoria máxima que pueden ocupar juntas todas las entradas generadas, en bytes o con un sufijo K, M o G (predeterminada: 256M).</translation>
    </message>
    <message>
        <source>--max-input-size takes a size above 0 in bytes, or with a K, M or G suffix (such as 512M)</source>
        <translation>--max-input-size admite un tamaño mayor que 0 en bytes, o con un sufijo K, M o G (como 512M)</translation>
    </message>
    <message>
        <source>Prove that a model loads and runs, without Python: resolve it (downloading if needed; in the UNCOMPRESSED load format or for a gs:// folder it is read in place from remote storage), load it with the TensorFlow C API in a helper process, reading every file through hubcache, run one signature on made-up inputs, and report times, bytes read (and from where) and each output&apos;s type and shape.</source>
        <translation>Comprueba que un modelo se carga y se ejecuta, sin Python: lo resuelve (lo descarga si hace falta; en el formato de carga UNCOMPRESSED o para una carpeta gs:// se lee en su sitio desde el almacenamiento remoto), lo carga con la API de C de TensorFlow en un proceso auxiliar leyendo cada archivo a través de hubcache, ejecuta una firma con entradas inventadas e informa de los tiempos, los bytes leídos (y de dónde) y el tipo y la forma de cada salida.</translation>
    </message>
</context>
<context>
    <name>SmokeError</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>TensorFlow runtime not found: run scripts/setup-debian.sh --python, or set HUBCACHE_TENSORFLOW_DIR to the folder of libtensorflow_cc.so.2</source>
        <translation>No se encontró el entorno de ejecución de TensorFlow: ejecute scripts/setup-debian.sh --python o establezca HUBCACHE_TENSORFLOW_DIR en la carpeta de libtensorflow_cc.so.2</translation>
    </message>
    <message>
        <source>%1 has no meta graph with the tags &apos;%2&apos;; its tag sets are: %3 (choose one with --tags)</source>
        <translation>%1 no tiene ningún metagrafo con las etiquetas &apos;%2&apos;; sus conjuntos de etiquetas son: %3 (elija uno con --tags)</translation>
    </message>
    <message>
        <source>%1 has no signature to run in the meta graph &apos;%2&apos; (only TensorFlow&apos;s internal ones)</source>
        <translation>%1 no tiene ninguna firma ejecutable en el metagrafo &apos;%2&apos; (solo las internas de TensorFlow)</translation>
    </message>
    <message>
        <source>%1 has no signature &apos;%2&apos;; its signatures are: %3 (choose one with --signature)</source>
        <translation>%1 no tiene la firma &apos;%2&apos;; sus firmas son: %3 (elija una con --signature)</translation>
    </message>
    <message>
        <source>Cannot make input &apos;%1&apos; of signature &apos;%2&apos; of %3</source>
        <translation>No se puede crear la entrada &apos;%1&apos; de la firma &apos;%2&apos; de %3</translation>
    </message>
    <message>
        <source>%1 cannot be loaded: its variables are incomplete; delete the cache entry (hubcache rm) and download it again</source>
        <translation>No se puede cargar %1: sus variables están incompletas; elimine la entrada de caché (hubcache rm) y vuelva a descargarlo</translation>
    </message>
    <message>
        <source>TensorFlow could not restore the variables of %1; delete the cache entry (hubcache rm) and download it again</source>
        <translation>TensorFlow no pudo restaurar las variables de %1; elimine la entrada de caché (hubcache rm) y vuelva a descargarlo</translation>
    </message>
    <message>
        <source>TensorFlow could not load %1</source>
        <translation>TensorFlow no pudo cargar %1</translation>
    </message>
    <message>
        <source>TensorFlow could not run signature &apos;%1&apos; of %2</source>
        <translation>TensorFlow no pudo ejecutar la firma &apos;%1&apos; de %2</translation>
    </message>
    <message>
        <source>The TensorFlow helper process crashed (%1) while loading or running %2; the model or the TensorFlow installation is faulty</source>
        <translation>El proceso auxiliar de TensorFlow se cerró inesperadamente (%1) al cargar o ejecutar %2; el modelo o la instalación de TensorFlow tienen un defecto</translation>
    </message>
    <message>
        <source>The TensorFlow helper process did not finish within %1 s for %2 and was stopped (raise --timeout for big models)</source>
        <translation>El proceso auxiliar de TensorFlow no terminó con %2 en %1 s y se detuvo (aumente --timeout para modelos grandes)</translation>
    </message>
    <message>
        <source>The TensorFlow helper process for %1 failed</source>
        <translation>Falló el proceso auxiliar de TensorFlow para %1</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Error desconocido</translation>
    </message>
    <message>
        <source>(no tags)</source>
        <translation>(sin etiquetas)</translation>
    </message>
    <message>
        <source>variables/variables.index is missing</source>
        <translation>falta variables/variables.index</translation>
    </message>
    <message>
        <source>variables/variables.data-* is missing</source>
        <translation>falta variables/variables.data-*</translation>
    </message>
    <message>
        <source>variables/%1 is missing</source>
        <translation>falta variables/%1</translation>
    </message>
    <message>
        <source>inputs of type %1 cannot be made up</source>
        <translation>no se pueden generar entradas de tipo %1</translation>
    </message>
    <message>
        <source>its rank is unknown, so there is no shape to make it in</source>
        <translation>su rango es desconocido, así que no hay ninguna forma con la que generarla</translation>
    </message>
    <message>
        <source>its shape has %1 dimensions, more than the %2 TensorFlow allows</source>
        <translation>su forma tiene %1 dimensiones, más de las %2 que admite TensorFlow</translation>
    </message>
    <message>
        <source>its shape %1 needs more than %2 (the size does not fit in 64 bits)</source>
        <translation>su forma %1 necesita más de %2 (el tamaño no cabe en 64 bits)</translation>
    </message>
    <message>
        <source>its shape %1 needs %2 (%3 bytes)</source>
        <translation>su forma %1 necesita %2 (%3 bytes)</translation>
    </message>
    <message>
        <source>, the inputs before it %1</source>
        <translation>, las entradas anteriores ocupan %1</translation>
    </message>
    <message>
        <source>%1%2, and all inputs together may take at most %3 (raise the limit with --max-input-size, or choose another signature)</source>
        <translation>%1%2, y todas las entradas juntas pueden ocupar como máximo %3 (aumente el límite con --max-input-size o elija otra firma)</translation>
    </message>
</context>
<context>
    <name>SmokeJob</name>
    <message>
        <source>it exited with code %1 without a report</source>
        <translation>terminó con el código %1 sin generar un informe</translation>
    </message>
</context>
<context>
    <name>SmokeReport</name>
    <message>
        <source>Model:       %1</source>
        <translation>Modelo:      %1</translation>
    </message>
    <message>
        <source>Folder:      %1 (%2)</source>
        <translation>Carpeta:     %1 (%2)</translation>
    </message>
    <message>
        <source>already on disk</source>
        <translation>ya estaba en el disco</translation>
    </message>
    <message>
        <source>downloaded now</source>
        <translation>descargado ahora</translation>
    </message>
    <message>
        <source>TensorFlow:  %1 from %2</source>
        <translation>TensorFlow:  %1 desde %2</translation>
    </message>
    <message>
        <source>Reads:       through hubcache&apos;s filesystem plugin (%1): %2 bytes in %3 files</source>
        <translation>Lecturas:    a través del complemento de sistema de archivos de hubcache (%1): %2 bytes en %3 archivos</translation>
    </message>
    <message>
        <source>Reads:       TensorFlow&apos;s own (plugin not used: %1): about %2 bytes</source>
        <translation>Lecturas:    las propias de TensorFlow (complemento no usado: %1); bytes leídos (aprox.): %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Tags:        %1</source>
        <translation>Etiquetas:   %1</translation>
    </message>
    <message>
        <source>Signature:   %1 (of %2)</source>
        <translation>Firma:       %1 (de %2)</translation>
    </message>
    <message>
        <source>Load:        %1 ms</source>
        <translation>Carga:       %1 ms</translation>
    </message>
    <message>
        <source>Run:         %1 ms</source>
        <translation>Ejecución:   %1 ms</translation>
    </message>
    <message>
        <source>  input  %1: %2 %3 (declared %4)</source>
        <translation>  entrada %1: %2 %3 (declarada %4)</translation>
    </message>
    <message>
        <source>  output %1: %2 %3</source>
        <translation>  salida  %1: %2 %3</translation>
    </message>
    <message>
        <source>Folder:      %1 (in remote storage, read in place)</source>
        <translation>Carpeta:     %1 (en almacenamiento remoto, leído en su sitio)</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>Source:      %1 bytes read from %2 by hubcache&apos;s storage reader, %3 ms waiting, %4</source>
        <translation>Origen:      %1 bytes leídos de %2 por el lector de almacenamiento de hubcache, %3 ms de espera, %4</translation>
    </message>
</context>
<context>
    <name>SmokeRunner</name>
    <message>
        <source>the MetaGraphDef TensorFlow returned cannot be read: %1</source>
        <translation>no se puede leer el MetaGraphDef que devolvió TensorFlow: %1</translation>
    </message>
    <message>
        <source>the graph has no tensor %1 (for &apos;%2&apos;)</source>
        <translation>el grafo no tiene el tensor %1 (para &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>TensorFlow cannot allocate a %1 tensor of shape %2</source>
        <translation>TensorFlow no puede asignar un tensor %1 de forma %2</translation>
    </message>
    <message>
        <source>this hubcache was built without TensorFlow&apos;s headers; install the tensorflow-cpu wheel, then configure again (cmake) and rebuild</source>
        <translation>este hubcache se compiló sin los encabezados de TensorFlow; instale el wheel tensorflow-cpu, vuelva a configurar (cmake) y vuelva a compilar</translation>
    </message>
    <message>
        <source>%1 is in remote storage, which is read only through hubcache&apos;s filesystem plugin, and the plugin cannot be used: %2</source>
        <translation>%1 está en almacenamiento remoto, que solo se lee mediante el complemento de sistema de archivos de hubcache, y el complemento no se puede usar: %2</translation>
    </message>
</context>
<context>
    <name>SmokeTestDialog</name>
    <message>
        <source>&amp;Run Again</source>
        <translation>&amp;Volver a ejecutar</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Smoke Test — %1</source>
        <translation>Prueba de humo — %1</translation>
    </message>
    <message>
        <source>The signature to run; the default is serving_default, or the only one there is.</source>
        <translation>La firma que se ejecutará; la predeterminada es serving_default o, si solo hay una, esa.</translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation>Tensor</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>The helper&apos;s log appears here.</source>
        <translation>Aquí aparece el registro del proceso auxiliar.</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>Registro:</translation>
    </message>
    <message>
        <source>Cannot run the smoke test: %1 is missing.</source>
        <translation>No se puede ejecutar la prueba de humo: falta %1.</translation>
    </message>
    <message>
        <source>Loading %1 with TensorFlow in a separate process…</source>
        <translation>Cargando %1 con TensorFlow en un proceso aparte…</translation>
    </message>
    <message>
        <source>The smoke test process stopped before it could report (see the log).</source>
        <translation>El proceso de la prueba de humo se detuvo antes de poder informar (consulte el registro).</translation>
    </message>
    <message>
        <source>The smoke test gave no report (see the log).</source>
        <translation>La prueba de humo no generó ningún informe (consulte el registro).</translation>
    </message>
    <message>
        <source>TensorFlow %1</source>
        <translation>TensorFlow %1</translation>
    </message>
    <message>
        <source>loaded in %1 ms</source>
        <translation>cargado en %1 ms</translation>
    </message>
    <message>
        <source>ran in %1 ms</source>
        <translation>ejecutado en %1 ms</translation>
    </message>
    <message>
        <source>%1 read through hubcache&apos;s file system plugin</source>
        <translation>%1 leídos a través del complemento de sistema de archivos de hubcache</translation>
    </message>
    <message>
        <source>read by TensorFlow directly (%1)</source>
        <translation>leído directamente por TensorFlow (%1)</translation>
    </message>
    <message>
        <source>plugin not used</source>
        <translation>complemento no usado</translation>
    </message>
    <message>
        <source>declared %1</source>
        <translation>declarada: %1</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <source>OK: %1 loaded and ran signature &apos;%2&apos;.</source>
        <translation>OK: %1 se cargó y ejecutó la firma &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Available: %1</source>
        <translation>Disponibles: %1</translation>
    </message>
    <message>
        <source>%1 read from %2 by hubcache</source>
        <translation>%1 leídos de %2 por hubcache</translation>
    </message>
    <message>
        <source> at %1/s</source>
        <translation> a %1/s</translation>
    </message>
    <message>
        <source>The value of every element of the numeric inputs (hubcache smoke --fill); string inputs stay empty. Press Enter or Run Again to run with it.</source>
        <translation>El valor de cada elemento de las entradas numéricas (hubcache smoke --fill); las entradas de cadena quedan vacías. Pulse Intro o Volver a ejecutar para ejecutar con él.</translation>
    </message>
    <message>
        <source>&amp;Fill inputs with:</source>
        <translation>&amp;Rellenar entradas con:</translation>
    </message>
    <message>
        <source>The fill value &apos;%1&apos; is not a number; type one such as 0, 1.5 or -1.</source>
        <translation>El valor de relleno &apos;%1&apos; no es un número; escriba uno como 0, 1.5 o -1.</translation>
    </message>
    <message>
        <source>numeric inputs filled with %1</source>
        <translation>entradas numéricas rellenadas con %1</translation>
    </message>
    <message>
        <source>all %1</source>
        <translation>todos %1</translation>
    </message>
</context>
<context>
    <name>TensorFlowRuntime</name>
    <message>
        <source>no %1 in %2</source>
        <translation>no hay %1 en %2</translation>
    </message>
    <message>
        <source>cannot load %1: %2</source>
        <translation>no se puede cargar %1: %2</translation>
    </message>
    <message>
        <source>%1 has no %2 (not a TensorFlow 2 C API library)</source>
        <translation>%1 no tiene %2 (no es una biblioteca de la API de C de TensorFlow 2)</translation>
    </message>
    <message>
        <source>no folder to look in</source>
        <translation>no hay ninguna carpeta donde buscar</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>What takes the space in the cache folder; click a box to select the entry.</source>
        <translation>Lo que ocupa espacio en la carpeta de caché; haga clic en un recuadro para seleccionar la entrada.</translation>
    </message>
    <message>
        <source>The cache folder is empty.</source>
        <translation>La carpeta de caché está vacía.</translation>
    </message>
</context>
<context>
    <name>UsageLegend</name>
    <message>
        <source>Area shows size:</source>
        <translation>El área indica el tamaño:</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n modelo</numerusform>
            <numerusform>%n modelos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) in progress</source>
        <translation>
            <numerusform>%n descarga en curso</numerusform>
            <numerusform>%n descargas en curso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken entry(s)</source>
        <translation>
            <numerusform>%n entrada dañada</numerusform>
            <numerusform>%n entradas dañadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leftover(s) (temp folders, stale locks)</source>
        <translation>
            <numerusform>%n resto (carpetas temporales, bloqueos obsoletos)</numerusform>
            <numerusform>%n restos (carpetas temporales, bloqueos obsoletos)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>hubcache</name>
    <message>
        <source>hubcache: error: cannot load the command line module %1 (%2). It is part of hubcache: reinstall hubcache.</source>
        <translation>hubcache: error: no se puede cargar el módulo de línea de comandos %1 (%2). Forma parte de hubcache: reinstale hubcache.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse, prefetch, inspect and delete TensorFlow Hub models in the tensorflow_hub cache.</source>
        <translation>Explora, precarga, inspecciona y elimina modelos de TensorFlow Hub en la caché de tensorflow_hub.</translation>
    </message>
    <message>
        <source>Start the built-in offline demo model host.</source>
        <translation>Inicia el host de modelos de demostración integrado, que funciona sin conexión.</translation>
    </message>
    <message>
        <source>Language (en, ko, es, ja); default: the setting, then the system&apos;s.</source>
        <translation>Idioma (en, ko, es, ja); predeterminado: el del ajuste y, si no hay, el del sistema.</translation>
    </message>
</context>
</TS>
