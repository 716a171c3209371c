<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>BrowsePage</name>
    <message>
        <source>&amp;Prefetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a tfhub.dev or Kaggle URL, any model archive URL, a gs:// path or a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the pasted handle into the cache (or find it there) and show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search models (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a JSON catalog of models (handle, title, publisher, description, size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the selected models into the cache (Ctrl+D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the cached model&apos;s files and signatures (Ctrl+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected model to, or remove it from, your bookmarks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a model to prefetch or inspect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n models selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheEntryModel</name>
    <message>
        <source>(no descriptor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CachePage</name>
    <message>
        <source>&amp;Inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected entries (Del); you are shown the space freed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download a broken entry again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prune…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete temp folders of interrupted downloads and locks of dead or stuck processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache folder: &lt;b&gt;%1&lt;/b&gt; (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk: %1 free of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries, %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to prune</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <source>downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Print the local folder of a model, downloading and caching it first if needed. Only the path goes to standard output; progress goes to standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tfhub.dev or Kaggle URL, any URL of a model archive, a gs:// path or a local folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print no progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download several models into the cache, a few at a time, and summarise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model handles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read handles from FILE, one per line (&apos;-&apos; for standard input; # starts a comment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads at once (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every entry of the cache folder with its handle, size, download time and state (complete, broken, downloading, orphaned temp, stale lock), and the totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a cache entry: its descriptor, files and sizes, and the SavedModel&apos;s tags and signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A handle, a cache key or a unique key prefix, or a model folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete cache entries (the folder and its descriptor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handles, cache keys or unique key prefixes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only say what would be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete temp folders of interrupted downloads and locks of dead or stuck processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the effective cache folder, load format and offline mode, and where each comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache folder (overrides TFHUB_CACHE_DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMPRESSED, UNCOMPRESSED or AUTO (overrides TFHUB_MODEL_LOAD_FORMAT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never use the network (also HUBCACHE_OFFLINE=1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubcache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;hubcache --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubcache: error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hubcache [global options] COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve, download, cache and inspect TensorFlow Hub models, in the same cache as the tensorflow_hub Python library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --tfhub_cache_dir DIR           the cache folder (default: $TFHUB_CACHE_DIR, then &lt;temp&gt;/tfhub_modules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --tfhub_model_load_format FMT   COMPRESSED, UNCOMPRESSED or AUTO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --offline                       never use the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;hubcache COMMAND --help&apos; shows a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve takes exactly one handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefetch needs at least one handle (or -f LIST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--jobs takes a number from 1 to 32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 downloaded (%2), %3 already cached, %4 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache folder: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOWNLOADED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HANDLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 in %2 entries (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info takes one handle, cache key or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown: no descriptor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:      %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:       %1 in %2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded: %1 by %2 (PID %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SavedModel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SavedModel: %1 (schema %2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, TF1 Hub module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Tags: %1   (TensorFlow %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Signature &apos;%1&apos;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      input  %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      output %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rm needs at least one handle or cache key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would remove %1 (%2) %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would be freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items, %2 would be freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items removed, %2 freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache folder:  %1  (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load format:   %1  (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline:       %1  (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS checks:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFF (TFHUB_DISABLE_CERT_VALIDATION=true)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock timeout:  %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk:          %1 free of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoHub</name>
    <message>
        <source>Half plus two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y = 0.5·x + 2 on a float vector; two variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of each string of a batch; a string input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores and an embedding from the same features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transposes a 2×2 matrix; a graph without variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large assets (slow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half plus two with a 96 MB asset, served slowly: watch the progress, try Cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in page (fails)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers with an HTML page instead of a model, as a captive portal or proxy would.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadsPage</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected downloads; nothing half-downloaded is left in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for another download of this model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded again (the cached copy was broken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No downloads yet. Prefetch models from the Browse page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All downloads finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 running, %2 queued — %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDetailsDialog</name>
    <message>
        <source>Details — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown: no descriptor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descriptor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SavedModel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TensorFlow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubCache::ArchiveExtractor</name>
    <message>
        <source>the response body is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at member &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no files in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gzip stream ends early (truncated download)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard link to &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbolic link to &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubCache::CacheEntry</name>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphaned temp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale lock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubCache::CacheMoveJob</name>
    <message>
        <source>%1: being downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already in the new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubCache::Catalog</name>
    <message>
        <source>%1 is not a model catalog: %2. A catalog is a JSON array of objects with &quot;handle&quot;, &quot;title&quot;, &quot;publisher&quot;, &quot;description&quot; and &quot;size&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model %1 has no &quot;handle&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubCache::Configuration</name>
    <message>
        <source>command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hub.load() and hub.resolve() download each model once as a compressed archive and cache it in %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from TFHUB_CACHE_DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default, in the temp folder: it may be cleaned on reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hub.load() reads models straight from Google Cloud Storage (TFHUB_MODEL_LOAD_FORMAT=UNCOMPRESSED); nothing is cached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TFHUB_MODEL_LOAD_FORMAT=%1 is not a valid value; Python does not check it and behaves as for COMPRESSED.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubCache::DownloadJob</name>
    <message>
        <source>no data for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect without a Location header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — retrying in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubCache::Error</name>
    <message>
        <source> (HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a model handle; give a tfhub.dev or Kaggle URL, a gs:// path or a local folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this kind of handle is not supported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the UNCOMPRESSED load format (reading models straight from remote storage) is not supported yet; use COMPRESSED or AUTO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid model load format; use COMPRESSED, UNCOMPRESSED or AUTO (check TFHUB_MODEL_LOAD_FORMAT and --tfhub_model_load_format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the cache and offline mode is on (--offline or HUBCACHE_OFFLINE); turn offline mode off to download it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download %1: host %2 not found; check the handle and your network or proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download %1: %2 refused the connection; is the server up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download %1: the connection to %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download %1: the TLS certificate of %2 could not be verified (TFHUB_DISABLE_CERT_VALIDATION=true turns the check off at your own risk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download %1: %2 stopped sending data; try again later or raise the timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download %1 through the proxy; check http_proxy, https_proxy and no_proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download %1: access denied%2; the model may need a licence accepted on its page or credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download %1: not found on the server%2; check the handle&apos;s spelling and version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download %1: the server is rate limiting requests%2; try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download %1: server error%2; try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download %1: the server answered with an error%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download %1: too many redirects (last: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download %1: refused a redirect to %2 (only http and https are followed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer from the server for %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not appear to be a valid module%2; the server sent something that is not a complete model archive (a login or error page, or a cut-off download)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused archive member &apos;%2&apos;: it would be written outside the model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Unexpected object type in tar archive: member &apos;%2&apos; is neither a file nor a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No space left while writing %1; free some space or choose another cache folder (TFHUB_CACHE_DIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not writable; choose another cache folder in Settings or set TFHUB_CACHE_DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File error on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cache entry for &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being downloaded by another process (%2); try again when it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot take the download lock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying to load a model of incompatible/unknown type. &apos;%1&apos; contains neither &apos;saved_model.pb&apos; nor &apos;saved_model.pbtxt&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable SavedModel; delete the cache entry and download it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubCache::ModelCache</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no saved_model.pb, saved_model.pbtxt or tfhub_module.pb (half deleted?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variables/variables.index is missing (half deleted?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variables/variables.data-* is missing (half deleted?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1 on this host is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no progress for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left by an interrupted download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some files could not be deleted; `hubcache prune` retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lock changed hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an orphaned temp folder or stale lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubCache::ProfileEditor</name>
    <message>
        <source>the hubcache block that starts on line %1 has no end line &apos;%2&apos; before the next block starts on line %3; fix or delete the hubcache lines by hand, then try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 ends a hubcache block that never started (no line starting with &apos;%2&apos; above it); fix or delete the hubcache lines by hand, then try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hubcache block that starts on line %1 has no end line &apos;%2&apos;; fix or delete the hubcache lines by hand, then try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; check that you may write to %2, or add the lines shown in the app to the file by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a symbolic link to %1, which does not exist; repair or remove the link, then try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a symbolic link to %1 that leads back to itself; repair or remove the link, then try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot follow its symbolic link to %1 (%2); repair or remove the link, then try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a symbolic link to %1, which is not a regular file; point the link at a file, or add the lines by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file; move it away, or add the lines by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a symbolic link to %1, which belongs to another user (uid %2); hubcache only edits your own files, so add the lines by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it belongs to another user (uid %1); hubcache only edits your own files, so add the lines by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was changed by another program while hubcache was editing it; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file; remove it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create this folder; check the permissions of the folder above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the home folder &apos;%1&apos; is not an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TensorFlow Hub cache folder is empty; choose a folder, or leave TFHUB_CACHE_DIR unset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cache folder &apos;%1&apos; contains a line break, which a shell profile cannot hold; choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cache folder &apos;%1&apos; is not an absolute path; login shells start in other folders, so give the full path (or one starting with ~/)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubCache::ResolveJob</name>
    <message>
        <source>gs:// handles need remote storage support, which is not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gs:// cache folder needs remote storage support, which is not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cached copy of %1 is broken (%2); downloading it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking over the download of %1 from process %2, which is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of %1 by %2 made no progress for %3 s; taking it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being downloaded by %2 on %3 (%4 so far); waiting. It is taken over if it makes no progress for %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Model Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo hub could not start on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log and Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About hubcache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About hubcache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubcache %1
Resolve, download, cache and inspect TensorFlow Hub models, in the same cache as the tensorflow_hub Python library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressed — download and cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncompressed — read from remote storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncompressed mode: models are read from remote storage, nothing is cached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressed mode: models are downloaded once and cached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Compressed&lt;/b&gt;: each model is downloaded once as an archive and kept in the cache folder; later loads need no network.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Uncompressed&lt;/b&gt;: the model is read straight from remote storage (Google Cloud Storage) every time; nothing is cached.&lt;/p&gt;&lt;p&gt;This switch is for hubcache&apos;s own downloads. In this environment the Python library will do this: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python: compressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python: uncompressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubcache — demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) queued.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is ready in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n cache entries and free %1?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some Entries Were Not Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to prune: no orphaned temp folders or stale locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n orphaned temp folders and stale locks, freeing %1?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The new language is used when hubcache starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Cached Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The old cache folder %1 holds %n model(s) (%2). Move them to %3?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving cached models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) moved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not moved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) are still running. Quit and cancel them? Nothing half-downloaded is left in the cache.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPrinter</name>
    <message>
        <source>Downloading TF-Hub Module &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>~/.bashrc (shells, Python scripts started from them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~/.config/environment.d (the desktop session: IDEs, notebooks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write to Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move from Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where models are cached (TFHUB_CACHE_DIR). Empty: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (compressed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressed: download and cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncompressed: read from remote storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TFHUB_MODEL_LOAD_FORMAT. Compressed downloads each model once and caches it; uncompressed reads it from Google Cloud Storage every time and caches nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect when hubcache starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON list of models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it persistent for Python and shells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes TFHUB_CACHE_DIR and TFHUB_MODEL_LOAD_FORMAT into a block that hubcache manages, as the TensorFlow Hub documentation tells bash users to. Your other lines stay as they are, a backup is kept, and Remove takes the block out again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Catalog file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Downloads at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is in the temp folder, which is cleaned on reboot or by age: cached models will vanish and be downloaded again. Choose a folder in your home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TFHUB_CACHE_DIR is set to %1 in this session; it wins over this setting until you write the new folder to your profile and log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing deletes cached models automatically: use the Cache page to free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile has no hubcache block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile sets TFHUB_CACHE_DIR=%1, TFHUB_MODEL_LOAD_FORMAT=%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New shells and new logins see it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmokeError</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TensorFlow runtime not found: run scripts/setup-debian.sh --python, or set HUBCACHE_TENSORFLOW_DIR to the folder of libtensorflow_cc.so.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no meta graph with the tags &apos;%2&apos;; its tag sets are: %3 (choose one with --tags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no signature to run in the meta graph &apos;%2&apos; (only TensorFlow&apos;s internal ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no signature &apos;%2&apos;; its signatures are: %3 (choose one with --signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make input &apos;%1&apos; of signature &apos;%2&apos; of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be loaded: its variables are incomplete; delete the cache entry (hubcache rm) and download it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TensorFlow could not restore the variables of %1; delete the cache entry (hubcache rm) and download it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TensorFlow could not load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TensorFlow could not run signature &apos;%1&apos; of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TensorFlow helper process crashed (%1) while loading or running %2; the model or the TensorFlow installation is faulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TensorFlow helper process did not finish within %1 s for %2 and was stopped (raise --timeout for big models)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TensorFlow helper process for %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>What takes the space in the cache folder; click a box to select the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache folder is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse, prefetch, inspect and delete TensorFlow Hub models in the tensorflow_hub cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in offline demo model host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language (en, ko, es, ja); default: the setting, then the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
