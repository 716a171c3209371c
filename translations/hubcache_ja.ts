<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>BrowsePage</name>
    <message>
        <source>&amp;Prefetch</source>
        <translation>プリフェッチ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>詳細(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>ブックマーク(&amp;M)</translation>
    </message>
    <message>
        <source>Paste a tfhub.dev or Kaggle URL, any model archive URL, a gs:// path or a folder</source>
        <translation>tfhub.dev または Kaggle の URL、モデルアーカイブの URL、gs:// パス、またはフォルダを貼り付けてください</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>取得(&amp;R)</translation>
    </message>
    <message>
        <source>Download the pasted handle into the cache (or find it there) and show it.</source>
        <translation>貼り付けたハンドルをキャッシュにダウンロードし（すでにあればキャッシュから探し）、表示します。</translation>
    </message>
    <message>
        <source>Search models (Ctrl+F)</source>
        <translation>モデルを検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>すべてのソース</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>カタログ</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>ブックマーク</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>最近使用したもの</translation>
    </message>
    <message>
        <source>Demo hub</source>
        <translation>デモハブ</translation>
    </message>
    <message>
        <source>Open Catalog…</source>
        <translation>カタログを開く…</translation>
    </message>
    <message>
        <source>Load a JSON catalog of models (handle, title, publisher, description, size).</source>
        <translation>モデルの JSON カタログ（ハンドル、タイトル、公開元、説明、サイズ）を読み込みます。</translation>
    </message>
    <message>
        <source>Download the selected models into the cache (Ctrl+D).</source>
        <translation>選択したモデルをキャッシュにダウンロードします (Ctrl+D)。</translation>
    </message>
    <message>
        <source>Show the cached model&apos;s files and signatures (Ctrl+I).</source>
        <translation>キャッシュされたモデルのファイルとシグネチャを表示します (Ctrl+I)。</translation>
    </message>
    <message>
        <source>Select a model to prefetch or inspect it.</source>
        <translation>プリフェッチまたは詳細を表示するモデルを選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n models selected.</source>
        <translation>
            <numerusform>%n 個のモデルが選択されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Smoke &amp;Test</source>
        <translation>スモークテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Load the model with TensorFlow in a separate process and run a signature on made-up inputs (Ctrl+T); downloads it first if needed.</source>
        <translation>別プロセスで TensorFlow を使ってモデルを読み込み、仮の入力でシグネチャを実行します (Ctrl+T)。必要な場合は先にダウンロードします。</translation>
    </message>
    <message>
        <source>Ask the server where the pasted handle lives in remote storage (gs://) and show it; nothing is downloaded in uncompressed mode.</source>
        <translation>貼り付けたハンドルがリモートストレージ（gs://）のどこにあるかをサーバーに問い合わせて表示します。非圧縮モードでは何もダウンロードしません。</translation>
    </message>
    <message>
        <source>Uncompressed mode caches nothing: models are read from remote storage. Use Resolve to see where a model lives, or switch to Compressed mode to download it.</source>
        <translation>非圧縮モードでは何もキャッシュしません。モデルはリモートストレージから読み込まれます。モデルの場所は「解決」で確認し、ダウンロードするには圧縮モードに切り替えてください。</translation>
    </message>
    <message>
        <source>Load the model with TensorFlow in a separate process and run a signature on made-up inputs (Ctrl+T); it is read in place from remote storage through hubcache, nothing is cached.</source>
        <translation>別プロセスで TensorFlow を使ってモデルを読み込み、作成した入力でシグネチャを実行します (Ctrl+T)。モデルは hubcache を通じてリモートストレージからその場で読み込まれ、何もキャッシュされません。</translation>
    </message>
    <message>
        <source>Search &amp;Kaggle</source>
        <translation>Kaggle を検索(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;More Results</source>
        <translation>さらに表示(&amp;O)</translation>
    </message>
    <message>
        <source>Kaggle Models</source>
        <translation>Kaggle モデル</translation>
    </message>
    <message>
        <source>Search the public TensorFlow models on Kaggle; each variation is a handle to prefetch.</source>
        <translation>Kaggle の公開 TensorFlow モデルを検索します。各バリエーションがプリフェッチできるハンドルです。</translation>
    </message>
    <message>
        <source>Search Kaggle Models for the text in the search box (Enter).</source>
        <translation>検索ボックスのテキストで Kaggle モデルを検索します (Enter)。</translation>
    </message>
    <message>
        <source>Fetch the next page of Kaggle results and add it to the list.</source>
        <translation>Kaggle の検索結果の次のページを取得し、一覧に追加します。</translation>
    </message>
    <message>
        <source>Type what you are looking for and press Enter to search Kaggle Models.</source>
        <translation>探しているものを入力して Enter キーを押すと、Kaggle モデルを検索します。</translation>
    </message>
    <message>
        <source>Search Kaggle Models, then press Enter (Ctrl+F)</source>
        <translation>Kaggle モデルを検索して Enter キーを押してください (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add the selected model to, or remove it from, your bookmarks (Ctrl+B).</source>
        <translation>選択したモデルをブックマークに追加、またはブックマークから削除します (Ctrl+B)。</translation>
    </message>
    <message>
        <source>Copy &amp;Handle</source>
        <translation>ハンドルをコピー(&amp;H)</translation>
    </message>
    <message>
        <source>Remove &amp;Bookmark</source>
        <translation>ブックマークを解除(&amp;M)</translation>
    </message>
    <message>
        <source>No models match “%1”. Try other words, &lt;a href=&quot;kaggle&quot;&gt;search Kaggle Models&lt;/a&gt; for it, or &lt;a href=&quot;handle&quot;&gt;paste a handle&lt;/a&gt; above.</source>
        <translation>「%1」に一致するモデルはありません。別の語句を試すか、&lt;a href=&quot;kaggle&quot;&gt;Kaggle モデルを検索&lt;/a&gt;するか、上に&lt;a href=&quot;handle&quot;&gt;ハンドルを貼り付けて&lt;/a&gt;ください。</translation>
    </message>
    <message>
        <source>No models from this source yet.</source>
        <translation>このソースのモデルはまだありません。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No models to show yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;catalog&quot;&gt;Open a catalog&lt;/a&gt; of models (a JSON file, Ctrl+O),&lt;br&gt;&lt;a href=&quot;handle&quot;&gt;paste a handle&lt;/a&gt; from tfhub.dev or Kaggle in the field above,&lt;br&gt;or &lt;a href=&quot;kaggle&quot;&gt;search Kaggle Models&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Bookmarked and recently used models show here too.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;表示するモデルはまだありません。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;モデルの&lt;a href=&quot;catalog&quot;&gt;カタログを開く&lt;/a&gt;（JSON ファイル、Ctrl+O）か、&lt;br&gt;上の入力欄に tfhub.dev または Kaggle の&lt;a href=&quot;handle&quot;&gt;ハンドルを貼り付ける&lt;/a&gt;か、&lt;br&gt;&lt;a href=&quot;kaggle&quot;&gt;Kaggle モデルを検索&lt;/a&gt;してください。&lt;/p&gt;&lt;p&gt;ブックマークしたモデルや最近使用したモデルもここに表示されます。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CacheEntryModel</name>
    <message>
        <source>(no descriptor)</source>
        <translation>(ディスクリプタなし)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>ダウンロード日時</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <source>Space the entry takes on disk (allocated blocks), which is what deleting it frees.</source>
        <translation>エントリがディスク上で占める容量（割り当て済みブロック）です。削除するとこの分が解放されます。</translation>
    </message>
    <message>
        <source>On Disk</source>
        <translation>ディスク使用量</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 日前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n か月前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n 年前</numerusform>
        </translation>
    </message>
    <message>
        <source>When a program last read the model&apos;s files: their newest access time. Linux updates it at most once a day (relatime), and never on a file system mounted with noatime. Models not used for a long time are the first to delete.</source>
        <translation>プログラムがモデルのファイルを最後に読み込んだ日時（ファイルの最新のアクセス時刻）です。Linux はこれを 1 日に最大 1 回しか更新せず（relatime）、noatime でマウントされたファイルシステムでは更新しません。長い間使われていないモデルから削除するのがおすすめです。</translation>
    </message>
    <message>
        <source>Not known: objects in a gs:// bucket have no access time.</source>
        <translation>不明: gs:// バケットのオブジェクトにはアクセス時刻がありません。</translation>
    </message>
    <message>
        <source>Not known: this is no downloaded model.</source>
        <translation>不明: ダウンロードされたモデルではありません。</translation>
    </message>
    <message>
        <source>Not known: no file in the entry has an access time (it is empty or not a folder).</source>
        <translation>不明: エントリ内にアクセス時刻を持つファイルがありません（空か、フォルダではありません）。</translation>
    </message>
    <message>
        <source>Last Used</source>
        <translation>最終使用日時</translation>
    </message>
</context>
<context>
    <name>CachePage</name>
    <message>
        <source>&amp;Inspect</source>
        <translation>詳細(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>フォルダを開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Re-download</source>
        <translation>再ダウンロード(&amp;R)</translation>
    </message>
    <message>
        <source>Filter entries</source>
        <translation>エントリを絞り込み</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Delete the selected entries (Del); you are shown the space freed first.</source>
        <translation>選択したエントリを削除します (Del)。解放される容量が先に表示されます。</translation>
    </message>
    <message>
        <source>Download a broken entry again.</source>
        <translation>破損したエントリを再ダウンロードします。</translation>
    </message>
    <message>
        <source>&amp;Prune…</source>
        <translation>クリーンアップ(&amp;P)…</translation>
    </message>
    <message>
        <source>Delete temp folders of interrupted downloads and locks of dead or stuck processes.</source>
        <translation>中断されたダウンロードの一時フォルダと、終了または停止したプロセスのロックを削除します。</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>再読み込み(&amp;E)</translation>
    </message>
    <message>
        <source>Cache folder: &lt;b&gt;%1&lt;/b&gt; (from %2)</source>
        <translation>キャッシュフォルダ: &lt;b&gt;%1&lt;/b&gt;（設定元: %2）</translation>
    </message>
    <message>
        <source>Disk: %1 free of %2</source>
        <translation>ディスク: 空き %1 / %2</translation>
    </message>
    <message>
        <source>Disk: unknown</source>
        <translation>ディスク: 不明</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, %1</source>
        <translation>
            <numerusform>%n 個のエントリ、%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken</source>
        <translation>
            <numerusform>破損 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to prune</source>
        <translation>
            <numerusform>クリーンアップ対象 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Smoke &amp;Test</source>
        <translation>スモークテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Load the entry with TensorFlow in a separate process and run a signature (Ctrl+T).</source>
        <translation>別プロセスで TensorFlow を使ってエントリを読み込み、シグネチャを実行します (Ctrl+T)。</translation>
    </message>
    <message>
        <source>Remote: bucket &lt;b&gt;%1&lt;/b&gt; in Google Cloud Storage (%2); no space on this disk is used</source>
        <translation>リモート: Google Cloud Storage のバケット &lt;b&gt;%1&lt;/b&gt; (%2)。このディスクの容量は使いません</translation>
    </message>
    <message>
        <source>Show the entry&apos;s files and signatures (Ctrl+I, Enter).</source>
        <translation>エントリのファイルとシグネチャを表示します (Ctrl+I、Enter)。</translation>
    </message>
    <message>
        <source>Scan the cache folder again (F5).</source>
        <translation>キャッシュフォルダを再スキャンします (F5)。</translation>
    </message>
    <message>
        <source>Copy &amp;Handle</source>
        <translation>ハンドルをコピー(&amp;H)</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>パスをコピー(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Write to Profile</source>
        <translation>プロファイルに書き込む(&amp;W)</translation>
    </message>
    <message>
        <source>Set TFHUB_CACHE_DIR to this folder in ~/.bashrc and environment.d, as Preferences does; new shells and new logins use it.</source>
        <translation>「設定」と同じように、~/.bashrc と environment.d で TFHUB_CACHE_DIR をこのフォルダに設定します。新しく起動したシェルと、次回のログインから反映されます。</translation>
    </message>
    <message>
        <source>Your profile sets TFHUB_CACHE_DIR to this folder: Python started from a new shell, or after you log in again, uses it. Python started before that still uses %1.</source>
        <translation>プロファイルで TFHUB_CACHE_DIR がこのフォルダに設定されています。新しいシェルから、または再ログイン後に起動した Python はこのフォルダを使います。それより前に起動した Python は引き続き %1 を使います。</translation>
    </message>
    <message>
        <source>Python uses another cache folder: %1. It does not see the models in this one and downloads them again. Write this folder to your profile so that Python uses it too.</source>
        <translation>Python は別のキャッシュフォルダを使っています: %1。このフォルダのモデルは認識されず、再ダウンロードされます。Python もこのフォルダを使うように、このフォルダをプロファイルに書き込んでください。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) from the cache and free %1?</source>
        <translation>
            <numerusform>キャッシュから %n 個の項目を削除して %1 を解放しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Entries</source>
        <translation>エントリの削除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Some Entries Were Not Deleted</source>
        <translation>一部のエントリを削除できませんでした</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <source>downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <source>not cached</source>
        <translation>未キャッシュ</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>キャッシュ済み</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>公開元</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>ハンドル</translation>
    </message>
    <message>
        <source>locating</source>
        <translation>場所を確認中</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>リモート</translation>
    </message>
    <message>
        <source>Uncompressed mode: the model is read from remote storage, nothing is cached. Resolve asks the server where it is.</source>
        <translation>非圧縮モード: モデルはリモートストレージから読み込まれ、何もキャッシュされません。「解決」でサーバーに場所を問い合わせます。</translation>
    </message>
    <message>
        <source>Uncompressed mode: the model is read from %1; nothing is cached.</source>
        <translation>非圧縮モード: モデルは %1 から読み込まれ、何もキャッシュされません。</translation>
    </message>
    <message>
        <source>The size of the download, as the catalog gives it.</source>
        <translation>カタログに記載されているダウンロードサイズです。</translation>
    </message>
    <message>
        <source>The space the cached model takes on disk.</source>
        <translation>キャッシュされたモデルがディスク上で占める容量です。</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>ブックマーク済み</translation>
    </message>
    <message>
        <source>The size of the download, as the catalog gives it (empty when it does not say).</source>
        <translation>カタログに記載されているダウンロードサイズです（記載がない場合は空欄）。</translation>
    </message>
    <message>
        <source>The space the model takes in the cache folder (empty when it is not cached).</source>
        <translation>モデルがキャッシュフォルダで占める容量です（キャッシュされていない場合は空欄）。</translation>
    </message>
    <message>
        <source>Download Size</source>
        <translation>ダウンロードサイズ</translation>
    </message>
    <message>
        <source>Size on Disk</source>
        <translation>ディスク上のサイズ</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>A tfhub.dev or Kaggle URL, any URL of a model archive, a gs:// path or a local folder.</source>
        <translation>tfhub.dev または Kaggle の URL、モデルアーカイブの URL、gs:// パス、またはローカルフォルダ。</translation>
    </message>
    <message>
        <source>Print no progress.</source>
        <translation>進行状況を出力しません。</translation>
    </message>
    <message>
        <source>Download several models into the cache, a few at a time, and summarise.</source>
        <translation>複数のモデルを数個ずつ並行してキャッシュにダウンロードし、結果の概要を表示します。</translation>
    </message>
    <message>
        <source>Model handles.</source>
        <translation>モデルのハンドル。</translation>
    </message>
    <message>
        <source>Read handles from FILE, one per line (&apos;-&apos; for standard input; # starts a comment).</source>
        <translation>FILE からハンドルを 1 行に 1 つずつ読み込みます（&apos;-&apos; は標準入力、# 以降はコメント）。</translation>
    </message>
    <message>
        <source>List every entry of the cache folder with its handle, size, download time and state (complete, broken, downloading, orphaned temp, stale lock), and the totals.</source>
        <translation>キャッシュフォルダのすべてのエントリを、ハンドル、サイズ、ダウンロード日時、状態（完了、破損、ダウンロード中、孤立した一時フォルダ、古いロック）とともに一覧表示し、合計も表示します。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <source>Show a cache entry: its descriptor, files and sizes, and the SavedModel&apos;s tags and signatures.</source>
        <translation>キャッシュエントリのディスクリプタ、ファイルとサイズ、SavedModel のタグとシグネチャを表示します。</translation>
    </message>
    <message>
        <source>A handle, a cache key or a unique key prefix, or a model folder.</source>
        <translation>ハンドル、キャッシュキー、一意に決まるキーの先頭部分、またはモデルフォルダ。</translation>
    </message>
    <message>
        <source>Delete cache entries (the folder and its descriptor).</source>
        <translation>キャッシュエントリ（フォルダとそのディスクリプタ）を削除します。</translation>
    </message>
    <message>
        <source>Handles, cache keys or unique key prefixes.</source>
        <translation>ハンドル、キャッシュキー、または一意に決まるキーの先頭部分。</translation>
    </message>
    <message>
        <source>Only say what would be deleted.</source>
        <translation>削除対象を表示するだけで、実際には削除しません。</translation>
    </message>
    <message>
        <source>Show the effective cache folder, load format and offline mode, and where each comes from.</source>
        <translation>実際に使われるキャッシュフォルダ、読み込み形式、オフラインモードと、それぞれの設定元を表示します。</translation>
    </message>
    <message>
        <source>The cache folder (overrides TFHUB_CACHE_DIR).</source>
        <translation>キャッシュフォルダ（TFHUB_CACHE_DIR より優先）。</translation>
    </message>
    <message>
        <source>COMPRESSED, UNCOMPRESSED or AUTO (overrides TFHUB_MODEL_LOAD_FORMAT).</source>
        <translation>COMPRESSED、UNCOMPRESSED、または AUTO（TFHUB_MODEL_LOAD_FORMAT より優先）。</translation>
    </message>
    <message>
        <source>Never use the network (also HUBCACHE_OFFLINE=1).</source>
        <translation>ネットワークを一切使用しません（HUBCACHE_OFFLINE=1 と同じ）。</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>ヘルプを表示します。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>hubcache: %1</source>
        <translation>hubcache: %1</translation>
    </message>
    <message>
        <source>Try &apos;hubcache --help&apos;.</source>
        <translation>&apos;hubcache --help&apos; を実行してください。</translation>
    </message>
    <message>
        <source>hubcache: error: %1</source>
        <translation>hubcache: エラー: %1</translation>
    </message>
    <message>
        <source>Usage: hubcache [global options] COMMAND [options]</source>
        <translation>使い方: hubcache [グローバルオプション] COMMAND [オプション]</translation>
    </message>
    <message>
        <source>Resolve, download, cache and inspect TensorFlow Hub models, in the same cache as the tensorflow_hub Python library.</source>
        <translation>TensorFlow Hub のモデルの解決、ダウンロード、キャッシュ、内容の確認を行います。tensorflow_hub Python ライブラリと同じキャッシュを使用します。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>グローバルオプション:</translation>
    </message>
    <message>
        <source>  --tfhub_cache_dir DIR           the cache folder (default: $TFHUB_CACHE_DIR, then &lt;temp&gt;/tfhub_modules)</source>
        <translation>  --tfhub_cache_dir DIR           キャッシュフォルダ（デフォルト: $TFHUB_CACHE_DIR、未設定なら &lt;一時フォルダ&gt;/tfhub_modules）</translation>
    </message>
    <message>
        <source>  --tfhub_model_load_format FMT   COMPRESSED, UNCOMPRESSED or AUTO</source>
        <translation>  --tfhub_model_load_format FMT   COMPRESSED、UNCOMPRESSED、または AUTO</translation>
    </message>
    <message>
        <source>  --offline                       never use the network</source>
        <translation>  --offline                       ネットワークを一切使用しない</translation>
    </message>
    <message>
        <source>&apos;hubcache COMMAND --help&apos; shows a command&apos;s options.</source>
        <translation>&apos;hubcache COMMAND --help&apos; でコマンドのオプションを表示します。</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>不明なコマンド &apos;%1&apos;</translation>
    </message>
    <message>
        <source>resolve takes exactly one handle</source>
        <translation>resolve にはハンドルをちょうど 1 つ指定してください</translation>
    </message>
    <message>
        <source>cannot read the list %1: %2</source>
        <translation>リスト %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>prefetch needs at least one handle (or -f LIST)</source>
        <translation>prefetch には 1 つ以上のハンドル（または -f LIST）が必要です</translation>
    </message>
    <message>
        <source>--jobs takes a number from 1 to 32</source>
        <translation>--jobs には 1 から 32 までの数値を指定してください</translation>
    </message>
    <message>
        <source>%1 downloaded (%2), %3 already cached, %4 failed.</source>
        <translation>ダウンロード %1 件 (%2)、キャッシュ済み %3 件、失敗 %4 件。</translation>
    </message>
    <message>
        <source>Cache folder: %1 (%2)</source>
        <translation>キャッシュフォルダ: %1 (%2)</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>エントリはありません。</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>DOWNLOADED</source>
        <translation>ダウンロード日時</translation>
    </message>
    <message>
        <source>HANDLE</source>
        <translation>ハンドル</translation>
    </message>
    <message>
        <source>Total: %1 in %2 entries (%3).</source>
        <translation>合計: %2 エントリ、%1 (%3)。</translation>
    </message>
    <message>
        <source>info takes one handle, cache key or folder</source>
        <translation>info にはハンドル、キャッシュキー、またはフォルダを 1 つ指定してください</translation>
    </message>
    <message>
        <source>Handle:     %1</source>
        <translation>ハンドル:     %1</translation>
    </message>
    <message>
        <source>(unknown: no descriptor)</source>
        <translation>(不明: ディスクリプタなし)</translation>
    </message>
    <message>
        <source>Key:        %1</source>
        <translation>キー:         %1</translation>
    </message>
    <message>
        <source>Path:       %1</source>
        <translation>パス:         %1</translation>
    </message>
    <message>
        <source>State:      %1%2</source>
        <translation>状態:         %1%2</translation>
    </message>
    <message>
        <source>Downloaded: %1 by %2 (PID %3)</source>
        <translation>ダウンロード: %1、%2 (PID %3)</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>SavedModel: %1</source>
        <translation>SavedModel: %1</translation>
    </message>
    <message>
        <source>SavedModel: %1 (schema %2)%3</source>
        <translation>SavedModel: %1 (スキーマ %2)%3</translation>
    </message>
    <message>
        <source>, TF1 Hub module</source>
        <translation>、TF1 Hub モジュール</translation>
    </message>
    <message>
        <source>  Tags: %1   (TensorFlow %2)</source>
        <translation>  タグ: %1   (TensorFlow %2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>    Signature &apos;%1&apos;%2</source>
        <translation>    シグネチャ &apos;%1&apos;%2</translation>
    </message>
    <message>
        <source>      input  %1: %2 %3</source>
        <translation>      入力 %1: %2 %3</translation>
    </message>
    <message>
        <source>      output %1: %2 %3</source>
        <translation>      出力 %1: %2 %3</translation>
    </message>
    <message>
        <source>rm needs at least one handle or cache key</source>
        <translation>rm には 1 つ以上のハンドルまたはキャッシュキーが必要です</translation>
    </message>
    <message>
        <source>would remove %1 (%2) %3</source>
        <translation>削除予定: %1 (%2) %3</translation>
    </message>
    <message>
        <source>removed %1 (%2)</source>
        <translation>削除しました: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 would be freed.</source>
        <translation>%1 が解放されます。</translation>
    </message>
    <message>
        <source>%1 freed.</source>
        <translation>%1 を解放しました。</translation>
    </message>
    <message>
        <source>would remove %1</source>
        <translation>削除予定: %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>削除しました: %1</translation>
    </message>
    <message>
        <source>%1 items, %2 would be freed.</source>
        <translation>%1 項目、%2 が解放されます。</translation>
    </message>
    <message>
        <source>%1 items removed, %2 freed.</source>
        <translation>%1 項目を削除し、%2 を解放しました。</translation>
    </message>
    <message>
        <source>Cache folder:  %1  (from %2)</source>
        <translation>キャッシュフォルダ:    %1  (設定元: %2)</translation>
    </message>
    <message>
        <source>Load format:   %1  (from %2)</source>
        <translation>読み込み形式:          %1  (設定元: %2)</translation>
    </message>
    <message>
        <source>Offline:       %1  (from %2)</source>
        <translation>オフライン:            %1  (設定元: %2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>TLS checks:    %1</source>
        <translation>TLS 検証:              %1</translation>
    </message>
    <message>
        <source>OFF (TFHUB_DISABLE_CERT_VALIDATION=true)</source>
        <translation>オフ (TFHUB_DISABLE_CERT_VALIDATION=true)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Lock timeout:  %1 s</source>
        <translation>ロックのタイムアウト:  %1 秒</translation>
    </message>
    <message>
        <source>Disk:          %1 free of %2</source>
        <translation>ディスク:              空き %1 / %2</translation>
    </message>
    <message>
        <source>Python:        %1</source>
        <translation>Python:                %1</translation>
    </message>
    <message>
        <source>hubcache: warning: %1</source>
        <translation>hubcache: 警告: %1</translation>
    </message>
    <message>
        <source>ON DISK</source>
        <translation>ディスク使用量</translation>
    </message>
    <message>
        <source>Size:       %1 on disk in %2 files</source>
        <translation>サイズ:       ディスク上 %1 (%2 ファイル)</translation>
    </message>
    <message>
        <source>  (sparse: %1 on disk)</source>
        <translation>  (スパース: ディスク上 %1)</translation>
    </message>
    <message>
        <source>Model:      TFLite (no SavedModel to read)</source>
        <translation>モデル:       TFLite (読み込む SavedModel なし)</translation>
    </message>
    <message>
        <source>Print the local folder of a model, downloading and caching it first if needed. Only the path goes to standard output; progress goes to standard error. In the UNCOMPRESSED load format, print the model&apos;s gs:// location the server names instead; nothing is cached.</source>
        <translation>モデルのローカルフォルダを表示します。必要ならまずダウンロードしてキャッシュします。標準出力にはパスだけを、進捗は標準エラーに出力します。UNCOMPRESSED 読み込み形式では、代わりにサーバーが示すモデルの gs:// の場所を表示し、何もキャッシュしません。</translation>
    </message>
    <message>
        <source>Print JSON: the path, and whether it is remote or was cached.</source>
        <translation>JSON を出力: パスと、リモートかキャッシュ済みだったか。</translation>
    </message>
    <message>
        <source>hubcache: the UNCOMPRESSED load format caches nothing: models stay in remote storage. Only checking where each model lives.</source>
        <translation>hubcache: UNCOMPRESSED 読み込み形式では何もキャッシュしません。モデルはリモートストレージに置かれたままです。各モデルの場所だけを確認します。</translation>
    </message>
    <message>
        <source>Nothing cached (UNCOMPRESSED load format): %1 in remote storage, %2 failed.</source>
        <translation>キャッシュなし（UNCOMPRESSED 読み込み形式）: リモートストレージに %1 個、失敗 %2 個。</translation>
    </message>
    <message>
        <source>               models stay in remote storage (gs://); resolve prints their location, nothing is cached</source>
        <translation>                       モデルはリモートストレージ（gs://）に置かれたまま。resolve は場所を表示し、何もキャッシュしない</translation>
    </message>
    <message>
        <source>               remote: Google Cloud Storage at %1</source>
        <translation>                       リモート: Google Cloud Storage (%1)</translation>
    </message>
    <message>
        <source>Store a credential in the system keychain: a bearer token or user name and password for https://HOST[:PORT], a service-account key (--key-file) or access token for a bucket, or your Kaggle user name and API key (--import takes KAGGLE_USERNAME/KAGGLE_KEY or ~/.kaggle/kaggle.json). The secret is read from standard input or a prompt that does not show it; it is only ever sent to the scheme, host and port it was stored for.</source>
        <translation>システムのキーチェーンに認証情報を保存します: https://HOST[:PORT] 用の Bearer トークンまたはユーザー名とパスワード、バケット用のサービスアカウントキー（--key-file）またはアクセストークン、あるいは Kaggle のユーザー名と API キー（--import は KAGGLE_USERNAME/KAGGLE_KEY または ~/.kaggle/kaggle.json から取り込みます）。シークレットは標準入力、または入力内容を表示しないプロンプトから読み取り、保存時に指定したスキーム、ホスト、ポートにだけ送信されます。</translation>
    </message>
    <message>
        <source>Remove a stored credential from the system keychain.</source>
        <translation>システムのキーチェーンから保存済みの認証情報を削除します。</translation>
    </message>
    <message>
        <source>List the stored credentials (never the secrets) and which ones environment variables override.</source>
        <translation>保存済みの認証情報（シークレットは表示しません）と、そのうち環境変数で上書きされるものを一覧表示します。</translation>
    </message>
    <message>
        <source>Delete temp folders of interrupted downloads and locks of dead or stuck processes, and the kept bytes of paused downloads once they are a week old.</source>
        <translation>中断されたダウンロードの一時フォルダと、終了または停止したプロセスのロックを削除します。一時停止中のダウンロードの保持データも、1 週間経過したものは削除します。</translation>
    </message>
    <message>
        <source>Also delete the kept bytes of paused downloads, however recent (they would be downloaded again).</source>
        <translation>一時停止中のダウンロードの保持データも、経過期間に関係なく削除します（その分は再度ダウンロードすることになります）。</translation>
    </message>
    <message>
        <source>resumable: %1 of %2 received</source>
        <translation>再開可能: %2 中 %1 受信済み</translation>
    </message>
    <message>
        <source>unreadable resume data; the next download starts over</source>
        <translation>再開データを読み取れません。次回のダウンロードは最初からやり直します</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>%1 paused holding %2</source>
        <translation>一時停止中 %1 件 (%2 を保持)</translation>
    </message>
    <message>
        <source>its entry is complete</source>
        <translation>対応するエントリは完了済み</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>読み取り不可</translation>
    </message>
    <message>
        <source>asked for</source>
        <translation>指定による</translation>
    </message>
    <message>
        <source>older than %1 days</source>
        <translation>%1 日より古い</translation>
    </message>
    <message>
        <source>paused download %1 (%2)</source>
        <translation>一時停止中のダウンロード %1 (%2)</translation>
    </message>
    <message>
        <source>hubcache: error: %1 could not be deleted; check its permissions</source>
        <translation>hubcache: エラー: %1 を削除できませんでした。アクセス権を確認してください</translation>
    </message>
    <message>
        <source>Kept %1 paused downloads holding %2 for resuming (less than %3 days old); delete them with: hubcache prune --resume-data</source>
        <translation>再開用に一時停止中のダウンロード %1 件 (%2) を残しました（%3 日未満）。削除するには: hubcache prune --resume-data</translation>
    </message>
    <message>
        <source>Connections:   %1 per download of %2 or more (HUBCACHE_PARALLEL_CONNECTIONS, HUBCACHE_PARALLEL_MIN_SIZE)</source>
        <translation>並列接続数:            %2 以上のダウンロードごとに %1 (HUBCACHE_PARALLEL_CONNECTIONS, HUBCACHE_PARALLEL_MIN_SIZE)</translation>
    </message>
    <message>
        <source>Download even when the cache folder&apos;s file system has less free space than the model needs (twice its archive), which is refused otherwise.</source>
        <translation>キャッシュフォルダのファイルシステムの空き容量がモデルに必要な容量（アーカイブの 2 倍）より少なくてもダウンロードします。指定しない場合、ダウンロードは拒否されます。</translation>
    </message>
    <message>
        <source>Downloads at once, each on its own kept-alive connection (default 16).</source>
        <translation>同時ダウンロード数。各ダウンロードはそれぞれ専用の keep-alive 接続を使います（デフォルト: 16）。</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>最終使用日時</translation>
    </message>
</context>
<context>
    <name>CredentialsCommand</name>
    <message>
        <source>https://HOST[:PORT] (or HOST), gs://BUCKET, gs:// (every bucket) or kaggle.</source>
        <translation>https://HOST[:PORT]（または HOST）、gs://BUCKET、gs://（すべてのバケット）、または kaggle。</translation>
    </message>
    <message>
        <source>A user name: basic credentials for a host; your Kaggle user name.</source>
        <translation>ユーザー名: ホストの Basic 認証情報用、または Kaggle のユーザー名。</translation>
    </message>
    <message>
        <source>Read the secret from FILE: a service-account JSON key or an authorized_user JSON (refresh token) for gs://, kaggle.json for kaggle, a token for a host.</source>
        <translation>FILE からシークレットを読み込みます: gs:// にはサービスアカウントの JSON キーまたは authorized_user JSON（リフレッシュトークン）、kaggle には kaggle.json、ホストにはトークン。</translation>
    </message>
    <message>
        <source>kaggle: import KAGGLE_USERNAME/KAGGLE_KEY, else ~/.kaggle/kaggle.json.</source>
        <translation>kaggle: KAGGLE_USERNAME/KAGGLE_KEY を取り込みます。なければ ~/.kaggle/kaggle.json を取り込みます。</translation>
    </message>
    <message>
        <source>What the credential was stored for, as given to login.</source>
        <translation>認証情報を保存した対象（login に指定したもの）。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <source>hubcache: error: %1</source>
        <translation>hubcache: エラー: %1</translation>
    </message>
    <message>
        <source>hubcache: %1</source>
        <translation>hubcache: %1</translation>
    </message>
    <message>
        <source>Try &apos;hubcache --help&apos;.</source>
        <translation>&apos;hubcache --help&apos; を実行してください。</translation>
    </message>
    <message>
        <source>login takes exactly one HOST, gs://BUCKET or kaggle</source>
        <translation>login には HOST、gs://BUCKET、または kaggle をちょうど 1 つ指定してください</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Importing the Kaggle key of %1 from KAGGLE_USERNAME/KAGGLE_KEY.</source>
        <translation>KAGGLE_USERNAME/KAGGLE_KEY から %1 の Kaggle キーを取り込みます。</translation>
    </message>
    <message>
        <source>nothing to import: KAGGLE_USERNAME/KAGGLE_KEY are not set and %1 cannot be used (%2)</source>
        <translation>取り込むものがありません: KAGGLE_USERNAME/KAGGLE_KEY が設定されておらず、%1 も使用できません（%2）</translation>
    </message>
    <message>
        <source>Importing the Kaggle key of %1 from %2; you may delete that file now.</source>
        <translation>%2 から %1 の Kaggle キーを取り込みます。このファイルはもう削除してかまいません。</translation>
    </message>
    <message>
        <source>Kaggle user name: </source>
        <translation>Kaggle のユーザー名: </translation>
    </message>
    <message>
        <source>give your Kaggle user name with --user NAME</source>
        <translation>--user NAME で Kaggle のユーザー名を指定してください</translation>
    </message>
    <message>
        <source>Kaggle API key (not shown): </source>
        <translation>Kaggle API キー（表示されません）: </translation>
    </message>
    <message>
        <source>no API key was given; nothing was stored</source>
        <translation>API キーが入力されなかったため、何も保存しませんでした</translation>
    </message>
    <message>
        <source>OAuth access token for %1 (not shown): </source>
        <translation>%1 の OAuth アクセストークン（表示されません）: </translation>
    </message>
    <message>
        <source>no token was given; nothing was stored (use --key-file for a service-account key)</source>
        <translation>トークンが入力されなかったため、何も保存しませんでした（サービスアカウントキーには --key-file を使ってください）</translation>
    </message>
    <message>
        <source>Bearer token for %1 (not shown): </source>
        <translation>%1 の Bearer トークン（表示されません）: </translation>
    </message>
    <message>
        <source>Password of %1 for %2 (not shown): </source>
        <translation>%2 での %1 のパスワード（表示されません）: </translation>
    </message>
    <message>
        <source>no secret was given; nothing was stored</source>
        <translation>シークレットが入力されなかったため、何も保存しませんでした</translation>
    </message>
    <message>
        <source>Stored a %1 for %2 in the system keychain.</source>
        <translation>%2 の %1 をシステムのキーチェーンに保存しました。</translation>
    </message>
    <message>
        <source>Note: %1 is set and is used instead while it is.</source>
        <translation>注意: %1 が設定されているため、設定されている間はそちらが代わりに使われます。</translation>
    </message>
    <message>
        <source>logout takes exactly one HOST, gs://BUCKET or kaggle</source>
        <translation>logout には HOST、gs://BUCKET、または kaggle をちょうど 1 つ指定してください</translation>
    </message>
    <message>
        <source>no credential was stored for %1; &apos;hubcache credentials&apos; lists what is</source>
        <translation>%1 の認証情報は保存されていません。保存済みのものは &apos;hubcache credentials&apos; で一覧表示できます</translation>
    </message>
    <message>
        <source>Removed the credential for %1 from the system keychain.</source>
        <translation>システムのキーチェーンから %1 の認証情報を削除しました。</translation>
    </message>
    <message>
        <source>No credentials are stored. Add one with &apos;hubcache login HOST|gs://BUCKET|kaggle&apos;.</source>
        <translation>保存済みの認証情報はありません。&apos;hubcache login HOST|gs://BUCKET|kaggle&apos; で追加してください。</translation>
    </message>
    <message>
        <source>  (overridden by %1)</source>
        <translation>  (%1 が優先)</translation>
    </message>
    <message>
        <source>  (the keychain does not give it: locked, or deleted elsewhere)</source>
        <translation>  (キーチェーンから取得できません: ロックされているか、別の場所で削除されています)</translation>
    </message>
    <message>
        <source>from the environment (%1)</source>
        <translation>環境変数から (%1)</translation>
    </message>
    <message>
        <source>hubcache: warning: %1</source>
        <translation>hubcache: 警告: %1</translation>
    </message>
    <message>
        <source>hubcache: warning: going on without stored credentials: %1</source>
        <translation>hubcache: 警告: 保存済みの認証情報なしで続行します: %1</translation>
    </message>
    <message>
        <source>Credentials:   Google Cloud Storage: %1</source>
        <translation>認証情報:              Google Cloud Storage: %1</translation>
    </message>
    <message>
        <source>               Kaggle: %1</source>
        <translation>                       Kaggle: %1</translation>
    </message>
    <message>
        <source>               other hosts: %1</source>
        <translation>                       その他のホスト: %1</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>キーチェーン</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation>置き換え(&amp;P)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>削除(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>テスト(&amp;T)</translation>
    </message>
    <message>
        <source>Secrets for private model hosts, buckets and Kaggle are kept in the system keychain, never in hubcache&apos;s settings. Each is only ever sent to the host it was stored for; a redirect to another host goes without it.</source>
        <translation>非公開のモデルホスト、バケット、Kaggle のシークレットは、hubcache の設定ではなくシステムのキーチェーンに保管されます。各シークレットは保存時に指定したホストにだけ送信され、別のホストへのリダイレクトでは送信されません。</translation>
    </message>
    <message>
        <source>For</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>gs:// (every bucket)</source>
        <translation>gs://（すべてのバケット）</translation>
    </message>
    <message>
        <source>overridden by %1</source>
        <translation>%1 が優先</translation>
    </message>
    <message>
        <source>Storing in the system keychain…</source>
        <translation>システムのキーチェーンに保存中…</translation>
    </message>
    <message>
        <source>Stored the credential for %1.</source>
        <translation>%1 の認証情報を保存しました。</translation>
    </message>
    <message>
        <source>Removing from the system keychain…</source>
        <translation>システムのキーチェーンから削除中…</translation>
    </message>
    <message>
        <source>Removed the credential for %1.</source>
        <translation>%1 の認証情報を削除しました。</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 をテスト中…</translation>
    </message>
    <message>
        <source>%1: no token (anonymous access).</source>
        <translation>%1: トークンなし（匿名アクセス）。</translation>
    </message>
    <message>
        <source>%1: the credential gives an access token (%2).</source>
        <translation>%1: 認証情報からアクセストークンを取得できました（%2）。</translation>
    </message>
    <message>
        <source>%1 refused the credential (HTTP %2): replace it with a valid one.</source>
        <translation>%1 が認証情報を拒否しました（HTTP %2）。有効なものに置き換えてください。</translation>
    </message>
    <message>
        <source>%1 accepted the request (HTTP %2).</source>
        <translation>%1 がリクエストを受け付けました（HTTP %2）。</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 に接続できません: %2</translation>
    </message>
    <message>
        <source>Add Credential</source>
        <translation>認証情報の追加</translation>
    </message>
    <message>
        <source>Replace Credential</source>
        <translation>認証情報の置き換え</translation>
    </message>
    <message>
        <source>https://host[:port], gs://bucket, gs:// or kaggle</source>
        <translation>https://ホスト[:ポート]、gs://バケット、gs://、または kaggle</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Key File</source>
        <translation>キーファイル</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>対象(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>シークレット(&amp;S):</translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation>キーファイル(&amp;F):</translation>
    </message>
    <message>
        <source>Give where the credential is for.</source>
        <translation>認証情報の対象を指定してください。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>This kind of credential does not fit %1.</source>
        <translation>この種類の認証情報は %1 には使えません。</translation>
    </message>
    <message>
        <source>Fill in the user name and the secret (or a key file).</source>
        <translation>ユーザー名とシークレット（またはキーファイル）を入力してください。</translation>
    </message>
</context>
<context>
    <name>DemoHub</name>
    <message>
        <source>Half plus two</source>
        <translation>半分に 2 を足す</translation>
    </message>
    <message>
        <source>y = 0.5·x + 2 on a float vector; two variables.</source>
        <translation>float ベクトルに対して y = 0.5·x + 2 を計算します。変数は 2 つ。</translation>
    </message>
    <message>
        <source>Text length</source>
        <translation>テキストの長さ</translation>
    </message>
    <message>
        <source>Length of each string of a batch; a string input.</source>
        <translation>バッチ内の各文字列の長さ。文字列の入力。</translation>
    </message>
    <message>
        <source>Two signatures</source>
        <translation>2 つのシグネチャ</translation>
    </message>
    <message>
        <source>Scores and an embedding from the same features.</source>
        <translation>同じ特徴量からスコアと埋め込みを計算します。</translation>
    </message>
    <message>
        <source>No variables</source>
        <translation>変数なし</translation>
    </message>
    <message>
        <source>Transposes a 2×2 matrix; a graph without variables.</source>
        <translation>2×2 行列を転置します。変数のないグラフ。</translation>
    </message>
    <message>
        <source>Large assets (slow)</source>
        <translation>大きなアセット（低速）</translation>
    </message>
    <message>
        <source>Half plus two with a 96 MB asset, served slowly: watch the progress, try Cancel.</source>
        <translation>96 MB のアセットを含む「半分に 2 を足す」モデルを低速で配信します。進行状況を確認したり、キャンセルを試したりしてください。</translation>
    </message>
    <message>
        <source>Sign-in page (fails)</source>
        <translation>サインインページ（失敗）</translation>
    </message>
    <message>
        <source>Answers with an HTML page instead of a model, as a captive portal or proxy would.</source>
        <translation>キャプティブポータルやプロキシのように、モデルの代わりに HTML ページを返します。</translation>
    </message>
    <message>
        <source>A demo model, listed as Kaggle lists its models.</source>
        <translation>Kaggle がモデルを一覧表示するのと同じ形式で載せたデモモデル。</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>&amp;Show hubcache</source>
        <translation>hubcache を表示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel All Downloads</source>
        <translation>すべてのダウンロードをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>hubcache: no downloads running</source>
        <translation>hubcache: 実行中のダウンロードはありません</translation>
    </message>
    <message numerus="yes">
        <source>hubcache: %n download(s), %1 %</source>
        <translation>
            <numerusform>hubcache: ダウンロード %n 件、%1 %</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadsPage</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel &amp;All</source>
        <translation>すべてキャンセル(&amp;A)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Cancel the selected downloads; nothing half-downloaded is left in the cache.</source>
        <translation>選択したダウンロードをキャンセルします。ダウンロード途中のデータはキャッシュに残りません。</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>完了した項目を消去(&amp;L)</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Checking the cache…</source>
        <translation>キャッシュを確認中…</translation>
    </message>
    <message>
        <source>Waiting for another download of this model…</source>
        <translation>このモデルの別のダウンロードを待機中…</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>完了処理中</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Already cached</source>
        <translation>キャッシュ済み</translation>
    </message>
    <message>
        <source>Downloaded again (the cached copy was broken)</source>
        <translation>再ダウンロード済み（キャッシュのコピーが破損していました）</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>ダウンロード完了</translation>
    </message>
    <message>
        <source>No downloads yet. Prefetch models from the Browse page.</source>
        <translation>まだダウンロードはありません。「参照」ページからモデルをプリフェッチしてください。</translation>
    </message>
    <message>
        <source>%1 running, %2 queued — %3 of %4</source>
        <translation>実行中 %1、待機中 %2 — %3 / %4</translation>
    </message>
    <message>
        <source>In remote storage: %1</source>
        <translation>リモートストレージ: %1</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>リモート</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Download the selected failed or cancelled models again.</source>
        <translation>選択した、失敗またはキャンセルされたモデルを再ダウンロードします。</translation>
    </message>
    <message>
        <source>Remove the finished downloads from the list; the models stay in the cache.</source>
        <translation>完了したダウンロードを一覧から消去します。モデルはキャッシュに残ります。</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>待機中: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>In the cache: %1</source>
        <translation>キャッシュ: %1</translation>
    </message>
    <message>
        <source>Copy &amp;Handle</source>
        <translation>ハンドルをコピー(&amp;H)</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>パスをコピー(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>フォルダを開く(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>%n downloaded</source>
        <translation>
            <numerusform>ダウンロード %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already cached</source>
        <translation>
            <numerusform>キャッシュ済み %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in remote storage</source>
        <translation>
            <numerusform>リモートストレージ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>失敗 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>キャンセル %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>再開(&amp;U)</translation>
    </message>
    <message>
        <source>Di&amp;scard</source>
        <translation>破棄(&amp;S)</translation>
    </message>
    <message>
        <source>Continue the selected paused downloads from the bytes kept in the cache.</source>
        <translation>選択した一時停止中のダウンロードを、キャッシュに保持されたデータから再開します。</translation>
    </message>
    <message>
        <source>Delete the bytes kept for the selected paused downloads; downloading them again starts from the beginning.</source>
        <translation>選択した一時停止中のダウンロードの保持データを削除します。再度ダウンロードすると最初からやり直します。</translation>
    </message>
    <message>
        <source>Resumed at %1</source>
        <translation>%1 から再開</translation>
    </message>
    <message>
        <source>Cancelled: %1 was not added to the cache. Retry downloads it again.</source>
        <translation>キャンセル済み: %1 はキャッシュに追加されませんでした。「再試行」で再ダウンロードします。</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Paused — its kept data is unreadable; Resume starts over</source>
        <translation>一時停止中 — 保持データを読み取れません。「再開」で最初からやり直します</translation>
    </message>
    <message>
        <source>Paused — %1 of %2</source>
        <translation>一時停止中 — %1 / %2</translation>
    </message>
    <message>
        <source>Paused — %1</source>
        <translation>一時停止中 — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>一時停止中 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Kept in %3 (%2 on disk); Resume continues from there, Discard deletes it.</source>
        <translation>%1
%3 に保持されています（ディスク使用量 %2）。「再開」でそこから続行し、「破棄」で削除します。</translation>
    </message>
</context>
<context>
    <name>EntryDetailsDialog</name>
    <message>
        <source>Details — %1</source>
        <translation>詳細 — %1</translation>
    </message>
    <message>
        <source>Handle:</source>
        <translation>ハンドル:</translation>
    </message>
    <message>
        <source>(unknown: no descriptor)</source>
        <translation>(不明: ディスクリプタなし)</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>フォルダ:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <source>%1 in %2 files</source>
        <translation>%1 (%2 ファイル)</translation>
    </message>
    <message>
        <source>Downloaded:</source>
        <translation>ダウンロード日時:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>ダウンロード元ホスト:</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (プロセス %2)</translation>
    </message>
    <message>
        <source>Descriptor:</source>
        <translation>ディスクリプタ:</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>SavedModel</source>
        <translation>SavedModel</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>フォルダを開く</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>タグ: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>TensorFlow %1</source>
        <translation>TensorFlow %1</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>入力 %1</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>出力 %1</translation>
    </message>
    <message>
        <source>Reading the SavedModel from %1…</source>
        <translation>%1 から SavedModel を読み込んでいます…</translation>
    </message>
    <message>
        <source>Saved by:</source>
        <translation>保存に使用したバージョン:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation>最終使用日時:</translation>
    </message>
</context>
<context>
    <name>FilesystemPlugin</name>
    <message>
        <source>%1 (from HUBCACHE_TFPLUGIN) does not exist</source>
        <translation>%1（HUBCACHE_TFPLUGIN で指定）が存在しません</translation>
    </message>
    <message>
        <source>%1 not found (looked in %2); build it with TensorFlow&apos;s headers, or set HUBCACHE_TFPLUGIN</source>
        <translation>%1 が見つかりません（検索場所: %2）。TensorFlow のヘッダーを使ってビルドするか、HUBCACHE_TFPLUGIN を設定してください</translation>
    </message>
    <message>
        <source>cannot load %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not a hubcache TensorFlow plugin of this version (interface %2)</source>
        <translation>%1 はこのバージョンの hubcache TensorFlow プラグインではありません（インターフェース %2）</translation>
    </message>
    <message>
        <source>the plugin refused the model folder %1</source>
        <translation>プラグインがモデルフォルダ %1 を拒否しました</translation>
    </message>
    <message>
        <source>TensorFlow refused the filesystem plugin %1: %2</source>
        <translation>TensorFlow がファイルシステムプラグイン %1 を拒否しました: %2</translation>
    </message>
</context>
<context>
    <name>HandleDrop</name>
    <message>
        <source>Nothing was dropped.</source>
        <translation>何もドロップされませんでした。</translation>
    </message>
    <message>
        <source>Only a model URL, a gs:// path or a SavedModel folder can be dropped here.</source>
        <translation>ここにドロップできるのは、モデルの URL、gs:// パス、または SavedModel フォルダだけです。</translation>
    </message>
    <message>
        <source>“%1” is not a model handle. Drop a tfhub.dev or Kaggle URL, an http(s) URL of a model archive, a gs:// path or a SavedModel folder.</source>
        <translation>「%1」はモデルのハンドルではありません。tfhub.dev または Kaggle の URL、モデルアーカイブの http(s) URL、gs:// パス、または SavedModel フォルダをドロップしてください。</translation>
    </message>
    <message>
        <source>%1 is not a model folder. Drop a folder that holds a SavedModel (saved_model.pb), or a model URL.</source>
        <translation>%1 はモデルフォルダではありません。SavedModel（saved_model.pb）を含むフォルダか、モデルの URL をドロップしてください。</translation>
    </message>
    <message>
        <source>%1 looks like a cache folder, not a model. To use it, choose it as the cache folder in Settings.</source>
        <translation>%1 はモデルではなくキャッシュフォルダのようです。使用するには、「設定」でキャッシュフォルダとして選択してください。</translation>
    </message>
    <message>
        <source>%1 is not a SavedModel folder (%2). Drop a folder that holds saved_model.pb, or a model URL.</source>
        <translation>%1 は SavedModel フォルダではありません（%2）。saved_model.pb を含むフォルダか、モデルの URL をドロップしてください。</translation>
    </message>
</context>
<context>
    <name>HubCache::ArchiveExtractor</name>
    <message>
        <source>the response body is empty</source>
        <translation>レスポンスの本文が空です</translation>
    </message>
    <message>
        <source>no files in the archive</source>
        <translation>アーカイブにファイルがありません</translation>
    </message>
    <message>
        <source>the gzip stream ends early (truncated download)</source>
        <translation>gzip ストリームが途中で終わっています（ダウンロードが途切れています）</translation>
    </message>
    <message>
        <source>hard link to &apos;%1&apos;</source>
        <translation>&apos;%1&apos; へのハードリンク</translation>
    </message>
    <message>
        <source>symbolic link to &apos;%1&apos;</source>
        <translation>&apos;%1&apos; へのシンボリックリンク</translation>
    </message>
    <message>
        <source>device file</source>
        <translation>デバイスファイル</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>種類 %1</translation>
    </message>
    <message>
        <source>tensorflow_hub models are tar archives, optionally gzip/bzip2/xz compressed</source>
        <translation>tensorflow_hub のモデルは tar アーカイブです（gzip/bzip2/xz で圧縮されている場合もあります）</translation>
    </message>
    <message>
        <source>the server sent a zip archive; %1</source>
        <translation>サーバーが zip アーカイブを送信しました。%1</translation>
    </message>
    <message>
        <source>the server sent a 7z archive; %1</source>
        <translation>サーバーが 7z アーカイブを送信しました。%1</translation>
    </message>
    <message>
        <source>the server sent a RAR archive; %1</source>
        <translation>サーバーが RAR アーカイブを送信しました。%1</translation>
    </message>
    <message>
        <source>the server sent a bare SavedModel file (saved_model.pb), not an archive of the model&apos;s folder; %1</source>
        <translation>サーバーがモデルフォルダのアーカイブではなく、SavedModel ファイル（saved_model.pb）単体を送信しました。%1</translation>
    </message>
    <message>
        <source>the server sent an HTML page (a login, consent or error page?) instead of the model archive; open the address in a browser to see it</source>
        <translation>サーバーがモデルアーカイブではなく HTML ページ（ログイン、同意、またはエラーのページ？）を送信しました。ブラウザでアドレスを開いて確認してください</translation>
    </message>
    <message>
        <source>the server sent an XML document (an error message of a storage service?) instead of the model archive</source>
        <translation>サーバーがモデルアーカイブではなく XML ドキュメント（ストレージサービスのエラーメッセージ？）を送信しました</translation>
    </message>
    <message>
        <source>the server sent a JSON document (an error message of an API?) instead of the model archive</source>
        <translation>サーバーがモデルアーカイブではなく JSON ドキュメント（API のエラーメッセージ？）を送信しました</translation>
    </message>
    <message>
        <source>the server sent something that is not a tar archive (a login or error page, or a cut-off download): %1</source>
        <translation>サーバーが tar アーカイブではないもの（ログインページやエラーページ、または途中で切れたダウンロード）を送信しました: %1</translation>
    </message>
    <message>
        <source>the archive is damaged or cut off at member &apos;%1&apos;: %2</source>
        <translation>アーカイブがメンバー &apos;%1&apos; の位置で破損しているか、途中で切れています: %2</translation>
    </message>
    <message>
        <source>the archive is damaged: the tar header after member &apos;%1&apos; is corrupt (%2); download it again, and if that fails too, the archive on the server is broken</source>
        <translation>アーカイブが破損しています: メンバー &apos;%1&apos; の次の tar ヘッダーが壊れています（%2）。再度ダウンロードし、それでも失敗する場合はサーバー上のアーカイブが壊れています</translation>
    </message>
    <message>
        <source>its name is not valid UTF-8 (bytes shown as \xNN); a model&apos;s file names are UTF-8</source>
        <translation>名前が有効な UTF-8 ではありません（バイトは \xNN で表示）。モデルのファイル名は UTF-8 です</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; has a name of %2 bytes; at most %3 are accepted</source>
        <translation>メンバー &apos;%1&apos; の名前が %2 バイトあります。許容されるのは最大 %3 バイトです</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; is %2 levels deep; at most %3 are accepted</source>
        <translation>メンバー &apos;%1&apos; の階層の深さが %2 段あります。許容されるのは最大 %3 段です</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; has a component of %2 bytes; at most %3 are accepted</source>
        <translation>メンバー &apos;%1&apos; に %2 バイトのパス要素があります。許容されるのは最大 %3 バイトです</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; would bring the extracted files to %2, more than the %3 allowed; if the model is genuine, raise HUBCACHE_MAX_EXTRACTED_SIZE</source>
        <translation>メンバー &apos;%1&apos; を展開すると、展開済みファイルが %2 になり、許容される %3 を超えます。正規のモデルであれば HUBCACHE_MAX_EXTRACTED_SIZE を引き上げてください</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; would bring the extracted files to %2 from %3 of archive read so far, %4 times as much; at most %5 times are allowed past the first %6; if the model is genuine, raise HUBCACHE_MAX_EXPANSION_RATIO</source>
        <translation>メンバー &apos;%1&apos; を展開すると、これまでに読み込んだアーカイブ %3 から展開済みファイルが %2 になり、%4 倍になります。最初の %6 を超えた後は最大 %5 倍までしか許容されません。正規のモデルであれば HUBCACHE_MAX_EXPANSION_RATIO を引き上げてください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2 more, only %3 are free</source>
        <translation>&apos;%1&apos; にはさらに %2 必要ですが、空きは %3 しかありません</translation>
    </message>
    <message>
        <source>the archive is damaged: the sparse map of member &apos;%1&apos; goes backwards</source>
        <translation>アーカイブが破損しています: メンバー &apos;%1&apos; のスパースマップが逆行しています</translation>
    </message>
</context>
<context>
    <name>HubCache::CacheEntry</name>
    <message>
        <source>complete</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>破損</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <source>orphaned temp</source>
        <translation>孤立した一時フォルダ</translation>
    </message>
    <message>
        <source>stale lock</source>
        <translation>古いロック</translation>
    </message>
</context>
<context>
    <name>HubCache::CacheFolderCheck</name>
    <message>
        <source>%1; remove the write access of other users (chmod o-w, or the sticky bit: chmod +t)</source>
        <translation>%1。他のユーザーの書き込み権限を削除してください（chmod o-w、またはスティッキービットの設定: chmod +t）</translation>
    </message>
    <message>
        <source>%1; to use it anyway, add its owner to HUBCACHE_TRUSTED_CACHE_OWNERS</source>
        <translation>%1。それでも使用する場合は、所有者を HUBCACHE_TRUSTED_CACHE_OWNERS に追加してください</translation>
    </message>
    <message>
        <source>it is a symbolic link made by user %1</source>
        <translation>ユーザー %1 が作成したシンボリックリンクです</translation>
    </message>
    <message>
        <source>a symbolic link to no folder</source>
        <translation>どのフォルダも指していないシンボリックリンク</translation>
    </message>
    <message>
        <source>every user can write to it (mode %1)</source>
        <translation>すべてのユーザーが書き込めます（モード %1）</translation>
    </message>
    <message>
        <source>it is owned by user %1, in the temp folder every user can write to</source>
        <translation>すべてのユーザーが書き込める一時フォルダ内にあり、所有者はユーザー %1 です</translation>
    </message>
    <message>
        <source>The cache folder %1 is owned by user %2 and writable by its group: they can put any model there. Set HUBCACHE_TRUSTED_CACHE_OWNERS=%2 if that is intended.</source>
        <translation>キャッシュフォルダ %1 の所有者はユーザー %2 で、そのグループも書き込めます。これらのユーザーはどんなモデルでも置くことができます。意図したものであれば、HUBCACHE_TRUSTED_CACHE_OWNERS=%2 を設定してください。</translation>
    </message>
    <message>
        <source>The cache folder %1 is owned by user %2: they can put any model there. Set HUBCACHE_TRUSTED_CACHE_OWNERS=%2 if that is intended.</source>
        <translation>キャッシュフォルダ %1 の所有者はユーザー %2 です。このユーザーはどんなモデルでも置くことができます。意図したものであれば、HUBCACHE_TRUSTED_CACHE_OWNERS=%2 を設定してください。</translation>
    </message>
    <message>
        <source>it is writable by its group and not ours, in the temp folder every user can write to</source>
        <translation>自分の所有ではなくグループが書き込める状態で、すべてのユーザーが書き込める一時フォルダ内にあります</translation>
    </message>
    <message>
        <source>The cache folder %1 is writable by every user (sticky): only entries of your own, root&apos;s or trusted owners&apos; are used.</source>
        <translation>キャッシュフォルダ %1 にはすべてのユーザーが書き込めます（スティッキービットあり）。自分、root、または信頼された所有者のエントリだけが使用されます。</translation>
    </message>
    <message>
        <source>The cache folder %1 is shared: every member of its group can put a model there.</source>
        <translation>キャッシュフォルダ %1 は共有されています。グループのどのメンバーもモデルを置くことができます。</translation>
    </message>
    <message>
        <source>it was made by user %1, who should not be able to write into this cache folder</source>
        <translation>このキャッシュフォルダに書き込めないはずのユーザー %1 が作成しました</translation>
    </message>
</context>
<context>
    <name>HubCache::CacheMoveJob</name>
    <message>
        <source>%1: being downloaded</source>
        <translation>%1: ダウンロード中</translation>
    </message>
    <message>
        <source>%1: already in the new folder</source>
        <translation>%1: 新しいフォルダにすでにあります</translation>
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
        <translation>%1 はモデルカタログではありません: %2。カタログは &quot;handle&quot;、&quot;title&quot;、&quot;publisher&quot;、&quot;description&quot;、&quot;size&quot; を持つオブジェクトの JSON 配列です。</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1（%2 バイト目）</translation>
    </message>
    <message>
        <source>expected a list of models</source>
        <translation>モデルのリストが必要です</translation>
    </message>
    <message>
        <source>model %1 has no &quot;handle&quot;</source>
        <translation>%1 番目のモデルに &quot;handle&quot; がありません</translation>
    </message>
</context>
<context>
    <name>HubCache::Configuration</name>
    <message>
        <source>command line</source>
        <translation>コマンドライン</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <source>app setting</source>
        <translation>アプリの設定</translation>
    </message>
    <message>
        <source>default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>hub.load() and hub.resolve() download each model once as a compressed archive and cache it in %1 (%2).</source>
        <translation>hub.load() と hub.resolve() は各モデルを圧縮アーカイブとして 1 回だけダウンロードし、%1 にキャッシュします（%2）。</translation>
    </message>
    <message>
        <source>from TFHUB_CACHE_DIR</source>
        <translation>TFHUB_CACHE_DIR で指定</translation>
    </message>
    <message>
        <source>the default, in the temp folder: it may be cleaned on reboot</source>
        <translation>デフォルト、一時フォルダ内: 再起動時に削除される可能性があります</translation>
    </message>
    <message>
        <source>hub.load() reads models straight from Google Cloud Storage (TFHUB_MODEL_LOAD_FORMAT=UNCOMPRESSED); nothing is cached.</source>
        <translation>hub.load() はモデルを Google Cloud Storage から直接読み込みます（TFHUB_MODEL_LOAD_FORMAT=UNCOMPRESSED）。何もキャッシュされません。</translation>
    </message>
    <message>
        <source>TFHUB_MODEL_LOAD_FORMAT=%1 is not a valid value; Python does not check it and behaves as for COMPRESSED.</source>
        <translation>TFHUB_MODEL_LOAD_FORMAT=%1 は有効な値ではありません。Python はこの値を検証せず、COMPRESSED の場合と同じように動作します。</translation>
    </message>
    <message>
        <source>%1=%2 is not valid: give a number of %3 from %4 to %5</source>
        <translation>%1=%2 は有効な値ではありません。%4 から %5 までの数値（%3）を指定してください</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>ミリ秒</translation>
    </message>
    <message>
        <source>bytes per second</source>
        <translation>1 秒あたりのバイト数</translation>
    </message>
    <message>
        <source>retries</source>
        <translation>再試行回数</translation>
    </message>
    <message>
        <source>HUBCACHE_RETRIES=%1 is not valid: give a whole number of retries from 0 to 100</source>
        <translation>HUBCACHE_RETRIES=%1 は有効な値ではありません。再試行回数を 0 から 100 までの整数で指定してください</translation>
    </message>
    <message>
        <source>times the archive&apos;s size</source>
        <translation>アーカイブサイズに対する倍率</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>バイト</translation>
    </message>
    <message>
        <source>HUBCACHE_TRUSTED_CACHE_OWNERS=%1 is not valid: &apos;%2&apos; is no user on this system; give user names or numeric user ids separated by commas</source>
        <translation>HUBCACHE_TRUSTED_CACHE_OWNERS=%1 は有効な値ではありません。&apos;%2&apos; はこのシステムのユーザーではありません。ユーザー名または数値のユーザー ID をカンマ区切りで指定してください</translation>
    </message>
    <message>
        <source>%1=%2 is not valid: give an http or https URL with a host and optional port and nothing else, such as https://storage.googleapis.com or http://127.0.0.1:4443</source>
        <translation>%1=%2 は無効です: ホストと省略可能なポートだけを持つ http または https の URL を指定してください（例: https://storage.googleapis.com、http://127.0.0.1:4443）</translation>
    </message>
    <message>
        <source>The storage endpoint setting</source>
        <translation>ストレージエンドポイントの設定</translation>
    </message>
    <message>
        <source>HUBCACHE_KAGGLE_API=%1 is not valid: give an http or https URL with a host and optional port and path, such as https://www.kaggle.com/api/v1</source>
        <translation>HUBCACHE_KAGGLE_API=%1 は無効です: ホストと省略可能なポートおよびパスを持つ http または https の URL を指定してください（例: https://www.kaggle.com/api/v1）</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>接続数</translation>
    </message>
    <message>
        <source>HUBCACHE_PARALLEL_CONNECTIONS=%1 is not valid: give a whole number of connections from 1 to 16</source>
        <translation>HUBCACHE_PARALLEL_CONNECTIONS=%1 は有効な値ではありません。接続数を 1 から 16 までの整数で指定してください</translation>
    </message>
</context>
<context>
    <name>HubCache::Credential</name>
    <message>
        <source>give a bucket (gs://BUCKET) without an object path</source>
        <translation>オブジェクトのパスを付けずにバケット（gs://BUCKET）を指定してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host (https://host[:port]), a bucket (gs://BUCKET) or &apos;kaggle&apos;</source>
        <translation>&apos;%1&apos; はホスト（https://host[:port]）、バケット（gs://BUCKET）、&apos;kaggle&apos; のいずれでもありません</translation>
    </message>
    <message>
        <source>give only scheme, host and port (https://host[:port]), without user, path or query</source>
        <translation>ユーザー、パス、クエリを含めず、スキーム、ホスト、ポート（https://host[:port]）だけを指定してください</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>bearer token</source>
        <translation>Bearer トークン</translation>
    </message>
    <message>
        <source>user name and password</source>
        <translation>ユーザー名とパスワード</translation>
    </message>
    <message>
        <source>Kaggle user name and API key</source>
        <translation>Kaggle のユーザー名と API キー</translation>
    </message>
    <message>
        <source>service-account key</source>
        <translation>サービスアカウントキー</translation>
    </message>
    <message>
        <source>OAuth access token</source>
        <translation>OAuth アクセストークン</translation>
    </message>
    <message>
        <source>OAuth refresh token</source>
        <translation>OAuth リフレッシュトークン</translation>
    </message>
</context>
<context>
    <name>HubCache::CredentialStore</name>
    <message>
        <source>%1 has no &quot;username&quot; and &quot;key&quot;</source>
        <translation>%1 に &quot;username&quot; と &quot;key&quot; がありません</translation>
    </message>
</context>
<context>
    <name>HubCache::DirectHttpReply</name>
    <message>
        <source>%1 is not an http or https URL</source>
        <translation>%1 は http または https の URL ではない</translation>
    </message>
    <message>
        <source>%1 has no host</source>
        <translation>%1 にホストがない</translation>
    </message>
    <message>
        <source>TLS is not available (no TLS backend could be loaded), so %1 cannot be downloaded</source>
        <translation>TLS を利用できない（TLS バックエンドを読み込めない）ため、%1 をダウンロードできない</translation>
    </message>
    <message>
        <source>the caching proxy %1:%2 cannot tunnel %3; configure an HTTP (CONNECT) or SOCKS5 proxy for https instead</source>
        <translation>キャッシュプロキシ %1:%2 は %3 をトンネルできない。https には HTTP（CONNECT）または SOCKS5 プロキシを設定してください</translation>
    </message>
    <message>
        <source>the proxy configured for %1 (%2:%3) is of a kind that cannot carry this download; configure an HTTP or SOCKS5 proxy instead</source>
        <translation>%1 に設定されたプロキシ（%2:%3）はこのダウンロードを中継できない種類である。HTTP または SOCKS5 プロキシを設定してください</translation>
    </message>
    <message>
        <source>could not reach %1 through the proxy %2:%3 (%4); check the proxy settings (https_proxy, http_proxy, all_proxy, no_proxy or the system&apos;s)</source>
        <translation>プロキシ %2:%3 経由で %1 に接続できない（%4）。プロキシ設定（https_proxy、http_proxy、all_proxy、no_proxy またはシステムの設定）を確認してください</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>%1 との TLS ハンドシェイクに失敗: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection before its answer&apos;s headers were complete</source>
        <translation>%1 が応答ヘッダーを送り終える前に接続を閉じた</translation>
    </message>
    <message>
        <source>%1 closed the connection after %2 of %3 bytes</source>
        <translation>%1 が %3 バイト中 %2 バイトで接続を閉じた</translation>
    </message>
    <message>
        <source>%1 closed the connection after %2 bytes, before the end of the chunked body</source>
        <translation>%1 が %2 バイトで、チャンク本文の終わりより前に接続を閉じた</translation>
    </message>
    <message>
        <source>%1 sent a line longer than %2 bytes in its chunked body</source>
        <translation>%1 がチャンク本文に %2 バイトを超える行を送った</translation>
    </message>
    <message>
        <source>%1 sent an answer whose headers are larger than %2 KB; this is not a download server&apos;s answer</source>
        <translation>%1 がヘッダーが %2 KB を超える応答を送った。ダウンロードサーバーの応答ではない</translation>
    </message>
    <message>
        <source>%1 did not answer in HTTP/1.x (its answer begins with &quot;%2&quot;)</source>
        <translation>%1 が HTTP/1.x で応答しなかった（応答が &quot;%2&quot; で始まる）</translation>
    </message>
    <message>
        <source>%1 sent more than %2 interim (1xx) answers without a final one</source>
        <translation>%1 が最終応答なしに中間（1xx）応答を %2 個より多く送った</translation>
    </message>
    <message>
        <source>%1 switched protocols (101) though the request did not ask it to</source>
        <translation>要求していないのに %1 がプロトコルを切り替えた（101）</translation>
    </message>
    <message>
        <source>%1 sent an invalid Content-Length (%2)</source>
        <translation>%1 が不正な Content-Length（%2）を送った</translation>
    </message>
    <message>
        <source>%1 sent a malformed chunk size (&quot;%2&quot;)</source>
        <translation>%1 が不正なチャンクサイズ（&quot;%2&quot;）を送った</translation>
    </message>
    <message>
        <source>%1 sent a chunk longer than its announced size</source>
        <translation>%1 が予告したサイズより長いチャンクを送った</translation>
    </message>
    <message>
        <source>Error transferring %1 - server replied: %2</source>
        <translation>%1 の転送中にエラー - サーバーの応答: %2</translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation>操作が取り消された</translation>
    </message>
</context>
<context>
    <name>HubCache::DownloadJob</name>
    <message>
        <source>no data for %1 s</source>
        <translation>%1 秒間データを受信していません</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation>%2 バイト中 %1 バイトで接続が切断されました</translation>
    </message>
    <message>
        <source>%1 — retrying in %2 s</source>
        <translation>%1 — %2 秒後に再試行します</translation>
    </message>
    <message>
        <source>the server resumed at the wrong place (%1) instead of byte %2</source>
        <translation>サーバーがバイト %2 ではなく誤った位置 (%1) から再開しました</translation>
    </message>
    <message>
        <source>%1 — resuming at %2 of %3 bytes in %4 s</source>
        <translation>%1 — %4 秒後に %3 バイト中 %2 バイトから再開します</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>the redirect&apos;s Location header is unreadable: the answer&apos;s headers are larger than the HTTP client accepts (100 KB)</source>
        <translation>リダイレクトの Location ヘッダーを読み取れません: レスポンスのヘッダーが HTTP クライアントの許容サイズ（100 KB）を超えています</translation>
    </message>
    <message>
        <source>the server sent a whole body (status %1) instead of the rest from byte %2 (the file may have changed)</source>
        <translation>サーバーがバイト %2 以降の残りではなく、本文全体 (ステータス %1) を送信しました (ファイルが変更された可能性があります)</translation>
    </message>
    <message>
        <source>the server resumed without a usable Content-Range (%1)</source>
        <translation>サーバーが使用可能な Content-Range なしで再開しました (%1)</translation>
    </message>
    <message>
        <source>the file&apos;s length changed from %1 to %2 bytes</source>
        <translation>ファイルの長さが %1 バイトから %2 バイトに変わりました</translation>
    </message>
    <message>
        <source>the file changed on the server: its ETag is %1 now, was %2</source>
        <translation>サーバー上のファイルが変更されました: ETag が %2 から %1 に変わっています</translation>
    </message>
    <message>
        <source>the file changed on the server: its Last-Modified is %1 now, was %2</source>
        <translation>サーバー上のファイルが変更されました: Last-Modified が %2 から %1 に変わっています</translation>
    </message>
    <message>
        <source>%1; the download cannot start over: its %2 attempts are used up (HUBCACHE_RETRIES)</source>
        <translation>%1。ダウンロードを最初からやり直せません: %2 回の試行をすべて使い切りました（HUBCACHE_RETRIES）</translation>
    </message>
    <message>
        <source>%1; the download cannot start over because %2 could not be emptied</source>
        <translation>%1。%2 を空にできなかったため、ダウンロードを最初からやり直せません</translation>
    </message>
    <message>
        <source>%1 — starting over from the beginning in %2 s</source>
        <translation>%1 — %2 秒後に最初からやり直します</translation>
    </message>
    <message>
        <source>%1 B/s over the last %2 s, below HUBCACHE_MIN_SPEED=%3 B/s</source>
        <translation>直近 %2 秒間で %1 B/s、HUBCACHE_MIN_SPEED=%3 B/s を下回っています</translation>
    </message>
    <message>
        <source>the server switched protocols (101) though the request did not ask it to</source>
        <translation>リクエストで要求していないのに、サーバーがプロトコルを切り替えました (101)</translation>
    </message>
    <message>
        <source>the server sent an interim answer (%1) that could not be told from the final one</source>
        <translation>サーバーが最終応答と区別できない中間応答（%1）を送った</translation>
    </message>
    <message>
        <source>it was left by a download of %1</source>
        <translation>%1 のダウンロードが残したものです</translation>
    </message>
    <message>
        <source>%1: the data kept from an earlier attempt is of no use (%2); downloading from the start</source>
        <translation>%1: 前回の試行で保持したデータは使用できません（%2）。最初からダウンロードします</translation>
    </message>
    <message>
        <source>%1 changed on the server since the earlier attempt; downloading it again from the start</source>
        <translation>前回の試行以降にサーバー上で %1 が変更されました。最初から再ダウンロードします</translation>
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
        <translation>ユーザーによってキャンセルされました。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a model handle; give a tfhub.dev or Kaggle URL, a gs:// path or a local folder</source>
        <translation>&apos;%1&apos; はモデルのハンドルではありません。tfhub.dev または Kaggle の URL、gs:// パス、またはローカルフォルダを指定してください</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>%1: this kind of handle is not supported yet</source>
        <translation>%1: この種類のハンドルはまだサポートされていません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid model load format; use COMPRESSED, UNCOMPRESSED or AUTO (check TFHUB_MODEL_LOAD_FORMAT and --tfhub_model_load_format)</source>
        <translation>&apos;%1&apos; は有効なモデル読み込み形式ではありません。COMPRESSED、UNCOMPRESSED、または AUTO を使用してください（TFHUB_MODEL_LOAD_FORMAT と --tfhub_model_load_format を確認してください）</translation>
    </message>
    <message>
        <source>Invalid configuration</source>
        <translation>無効な設定</translation>
    </message>
    <message>
        <source>%1 is not in the cache and offline mode is on (--offline or HUBCACHE_OFFLINE); turn offline mode off to download it</source>
        <translation>%1 はキャッシュになく、オフラインモードがオンになっています（--offline または HUBCACHE_OFFLINE）。ダウンロードするにはオフラインモードをオフにしてください</translation>
    </message>
    <message>
        <source>Cannot download %1: host %2 not found; check the handle and your network or proxy settings</source>
        <translation>%1 をダウンロードできません: ホスト %2 が見つかりません。ハンドルと、ネットワークまたはプロキシの設定を確認してください</translation>
    </message>
    <message>
        <source>Cannot download %1: %2 refused the connection; is the server up?</source>
        <translation>%1 をダウンロードできません: %2 が接続を拒否しました。サーバーが稼働しているか確認してください</translation>
    </message>
    <message>
        <source>Cannot download %1: the connection to %2 failed</source>
        <translation>%1 をダウンロードできません: %2 への接続に失敗しました</translation>
    </message>
    <message>
        <source>Cannot download %1: the TLS certificate of %2 could not be verified (TFHUB_DISABLE_CERT_VALIDATION=true turns the check off at your own risk)</source>
        <translation>%1 をダウンロードできません: %2 の TLS 証明書を検証できませんでした（TFHUB_DISABLE_CERT_VALIDATION=true で検証を無効にできますが、自己責任で行ってください）</translation>
    </message>
    <message>
        <source>Cannot download %1: %2 stopped sending data; try again later or raise the timeout</source>
        <translation>%1 をダウンロードできません: %2 からのデータ送信が止まりました。しばらくしてから再試行するか、タイムアウトを延ばしてください</translation>
    </message>
    <message>
        <source>Cannot download %1 through the proxy; check http_proxy, https_proxy and no_proxy</source>
        <translation>プロキシ経由で %1 をダウンロードできません。http_proxy、https_proxy、no_proxy を確認してください</translation>
    </message>
    <message>
        <source>Cannot download %1: access denied%2; the model may need a licence accepted on its page or credentials</source>
        <translation>%1 をダウンロードできません: アクセスが拒否されました%2。モデルのページでライセンスに同意するか、認証情報が必要な可能性があります</translation>
    </message>
    <message>
        <source>Cannot download %1: not found on the server%2; check the handle&apos;s spelling and version</source>
        <translation>%1 をダウンロードできません: サーバー上に見つかりません%2。ハンドルのスペルとバージョンを確認してください</translation>
    </message>
    <message>
        <source>Cannot download %1: the server is rate limiting requests%2; try again later</source>
        <translation>%1 をダウンロードできません: サーバーがリクエストの頻度を制限しています%2。しばらくしてから再試行してください</translation>
    </message>
    <message>
        <source>Cannot download %1: server error%2; try again later</source>
        <translation>%1 をダウンロードできません: サーバーエラー%2。しばらくしてから再試行してください</translation>
    </message>
    <message>
        <source>Cannot download %1: the server answered with an error%2</source>
        <translation>%1 をダウンロードできません: サーバーがエラーを返しました%2</translation>
    </message>
    <message>
        <source>Cannot download %1: too many redirects (last: %2)</source>
        <translation>%1 をダウンロードできません: リダイレクトが多すぎます（最後: %2）</translation>
    </message>
    <message>
        <source>Cannot download %1: refused a redirect to %2 (only http and https are followed)</source>
        <translation>%1 をダウンロードできません: %2 へのリダイレクトを拒否しました（http と https のリダイレクトのみ追跡します）</translation>
    </message>
    <message>
        <source>Unexpected answer from the server for %1%2</source>
        <translation>%1 についてサーバーから予期しない応答がありました%2</translation>
    </message>
    <message>
        <source>%1 does not appear to be a valid module%2; the server sent something that is not a complete model archive (a login or error page, or a cut-off download)</source>
        <translation>%1 は有効なモジュールではないようです%2。サーバーが完全なモデルアーカイブではないもの（ログインページやエラーページ、または途中で切れたダウンロード）を送信しました</translation>
    </message>
    <message>
        <source>%1: refused archive member &apos;%2&apos;: it would be written outside the model folder</source>
        <translation>%1: アーカイブのメンバー &apos;%2&apos; を拒否しました: モデルフォルダの外に書き込まれることになります</translation>
    </message>
    <message>
        <source>%1: Unexpected object type in tar archive: member &apos;%2&apos; is neither a file nor a folder</source>
        <translation>%1: tar アーカイブに予期しない種類のオブジェクトがあります: メンバー &apos;%2&apos; はファイルでもフォルダでもありません</translation>
    </message>
    <message>
        <source>No space left while writing %1; free some space or choose another cache folder (TFHUB_CACHE_DIR)</source>
        <translation>%1 の書き込み中に空き容量がなくなりました。空き容量を確保するか、別のキャッシュフォルダ（TFHUB_CACHE_DIR）を選択してください</translation>
    </message>
    <message>
        <source>%1 is not writable; choose another cache folder in Settings or set TFHUB_CACHE_DIR</source>
        <translation>%1 に書き込めません。設定で別のキャッシュフォルダを選択するか、TFHUB_CACHE_DIR を設定してください</translation>
    </message>
    <message>
        <source>File error on %1</source>
        <translation>%1 でファイルエラーが発生しました</translation>
    </message>
    <message>
        <source>No cache entry for &apos;%1&apos; in %2</source>
        <translation>%2 に &apos;%1&apos; のキャッシュエントリはありません</translation>
    </message>
    <message>
        <source>%1 is being downloaded by another process (%2); try again when it is done</source>
        <translation>%1 は別のプロセス（%2）がダウンロード中です。完了してから再試行してください</translation>
    </message>
    <message>
        <source>Cannot take the download lock %1</source>
        <translation>ダウンロードロック %1 を取得できません</translation>
    </message>
    <message>
        <source>Trying to load a model of incompatible/unknown type. &apos;%1&apos; contains neither &apos;saved_model.pb&apos; nor &apos;saved_model.pbtxt&apos;.</source>
        <translation>互換性のない、または不明な種類のモデルを読み込もうとしています。&apos;%1&apos; には &apos;saved_model.pb&apos; も &apos;saved_model.pbtxt&apos; も含まれていません。</translation>
    </message>
    <message>
        <source>%1 is not a readable SavedModel; delete the cache entry and download it again</source>
        <translation>%1 は読み込み可能な SavedModel ではありません。キャッシュエントリを削除して、再度ダウンロードしてください</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <source>Cannot download %1: %2 is sending too slowly; try again later, or lower HUBCACHE_MIN_SPEED / raise HUBCACHE_MIN_SPEED_TIME</source>
        <translation>%1 をダウンロードできません: %2 からの送信が遅すぎます。しばらくしてから再試行するか、HUBCACHE_MIN_SPEED を下げるか HUBCACHE_MIN_SPEED_TIME を延ばしてください</translation>
    </message>
    <message>
        <source>%1 does not appear to be a valid module%2; %3</source>
        <translation>%1 は有効なモジュールではないようです%2。%3</translation>
    </message>
    <message>
        <source>%1: refused archive member &apos;%2&apos;: %3</source>
        <translation>%1: アーカイブのメンバー &apos;%2&apos; を拒否しました: %3</translation>
    </message>
    <message>
        <source>%1: refused the archive: it goes beyond what a model needs (an archive bomb?)</source>
        <translation>%1: アーカイブを拒否しました: モデルに必要な範囲を超えています（アーカイブ爆弾？）</translation>
    </message>
    <message>
        <source>%1: a file is larger than the file system holding %2 allows for one file</source>
        <translation>%1: %2 があるファイルシステムで 1 ファイルに許容されるサイズを超えるファイルがあります</translation>
    </message>
    <message>
        <source>%1 is not safe to use as a cache: another user could plant a model there; choose a cache folder of your own (TFHUB_CACHE_DIR) or fix its owner and permissions</source>
        <translation>%1 はキャッシュとして安全に使用できません。他のユーザーがモデルを仕込む可能性があります。自分専用のキャッシュフォルダ（TFHUB_CACHE_DIR）を選択するか、所有者と権限を修正してください</translation>
    </message>
    <message>
        <source>%1 is not a folder; choose another cache folder in Settings or set TFHUB_CACHE_DIR</source>
        <translation>%1 はフォルダではありません。設定で別のキャッシュフォルダを選択するか、TFHUB_CACHE_DIR を設定してください</translation>
    </message>
    <message>
        <source>%1: in the UNCOMPRESSED load format a model stays in remote storage (gs://), and reading it from there is not supported yet; use COMPRESSED or AUTO</source>
        <translation>%1: UNCOMPRESSED 読み込み形式ではモデルはリモートストレージ（gs://）に置かれたままで、そこからの読み込みはまだサポートされていません。COMPRESSED か AUTO を使ってください</translation>
    </message>
    <message>
        <source>%1: offline mode is on (--offline or HUBCACHE_OFFLINE), but the UNCOMPRESSED load format caches nothing and asks %2 for the model&apos;s location every time; turn offline mode off, or use the COMPRESSED load format for a cached copy</source>
        <translation>%1: オフラインモードがオンですが（--offline または HUBCACHE_OFFLINE）、UNCOMPRESSED 読み込み形式は何もキャッシュせず、毎回 %2 にモデルの場所を問い合わせます。オフラインモードをオフにするか、キャッシュしたコピーを使うには COMPRESSED 読み込み形式を使ってください</translation>
    </message>
    <message>
        <source>check the handle&apos;s spelling and version</source>
        <translation>ハンドルの綴りとバージョンを確認してください</translation>
    </message>
    <message>
        <source>the model may need a licence accepted on its page or credentials</source>
        <translation>モデルのページでのライセンス同意か認証情報が必要な場合があります</translation>
    </message>
    <message>
        <source>try again later</source>
        <translation>後でもう一度試してください</translation>
    </message>
    <message>
        <source>the server does not offer this model in the UNCOMPRESSED load format; use COMPRESSED (TFHUB_MODEL_LOAD_FORMAT or --tfhub_model_load_format)</source>
        <translation>サーバーはこのモデルを UNCOMPRESSED 読み込み形式で提供していません。COMPRESSED を使ってください（TFHUB_MODEL_LOAD_FORMAT または --tfhub_model_load_format）</translation>
    </message>
    <message>
        <source>Cannot resolve %1: Expected 303 See other HTTP response but received code %2%3; %4</source>
        <translation>%1 を解決できません: Expected 303 See other HTTP response but received code %2%3; %4</translation>
    </message>
    <message>
        <source>Cannot resolve %1: Expected server to return a GCS location but received %2%3; the server does not offer this model in the UNCOMPRESSED load format, use COMPRESSED (TFHUB_MODEL_LOAD_FORMAT or --tfhub_model_load_format)</source>
        <translation>%1 を解決できません: Expected server to return a GCS location but received %2%3; サーバーはこのモデルを UNCOMPRESSED 読み込み形式で提供していません。COMPRESSED を使ってください（TFHUB_MODEL_LOAD_FORMAT または --tfhub_model_load_format）</translation>
    </message>
    <message>
        <source>The write to %1 was refused because its precondition failed%2: the object already exists or was changed by someone else; read it again and retry if still needed</source>
        <translation>前提条件を満たさないため %1 への書き込みが拒否されました%2: オブジェクトが既にあるか、他の誰かが変更しました。読み直し、まだ必要なら再試行してください</translation>
    </message>
    <message>
        <source>%1 was replaced while it was being read; nothing of the new version was mixed in; read it again</source>
        <translation>%1 は読み込み中に置き換えられました。新しい版の内容は混ざっていません。読み直してください</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was replaced</source>
        <translation>%1 は既に存在します。何も置き換えていません</translation>
    </message>
    <message>
        <source>The system keychain cannot keep or give the credential for %1; start and unlock your keyring (a Secret Service such as GNOME Keyring or KWallet), or give the credential through the environment (KAGGLE_USERNAME/KAGGLE_KEY, GOOGLE_APPLICATION_CREDENTIALS, GOOGLE_OAUTH_ACCESS_TOKEN); nothing is stored in plain text</source>
        <translation>システムのキーチェーンが %1 の認証情報を保管または提供できません。キーリング（GNOME Keyring や KWallet などの Secret Service）を起動してロックを解除するか、環境変数（KAGGLE_USERNAME/KAGGLE_KEY、GOOGLE_APPLICATION_CREDENTIALS、GOOGLE_OAUTH_ACCESS_TOKEN）で認証情報を指定してください。平文では何も保存しません</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 s for %2: the keyring is probably locked; unlock it (for example by logging in to the desktop or with your keyring manager) and try again, or give the credential through the environment (KAGGLE_USERNAME/KAGGLE_KEY, GOOGLE_APPLICATION_CREDENTIALS, GOOGLE_OAUTH_ACCESS_TOKEN)</source>
        <translation>システムのキーチェーンが %2 について %1 秒以内に応答しませんでした: キーリングがロックされている可能性があります。ロックを解除して（デスクトップにログインする、キーリングマネージャーを使うなど）再試行するか、環境変数（KAGGLE_USERNAME/KAGGLE_KEY、GOOGLE_APPLICATION_CREDENTIALS、GOOGLE_OAUTH_ACCESS_TOKEN）で認証情報を指定してください</translation>
    </message>
    <message>
        <source>The system keychain gives no credential for %1; if your keyring is locked, unlock it (a locked keyring hides its entries), otherwise add one with &apos;hubcache login %1&apos; or in Preferences &gt; Credentials</source>
        <translation>システムのキーチェーンに %1 の認証情報がありません。キーリングがロックされている場合はロックを解除してください（ロックされたキーリングはエントリを隠します）。そうでなければ &apos;hubcache login %1&apos; または「設定」&gt;「認証情報」で追加してください</translation>
    </message>
    <message>
        <source>The credential for %1 cannot be used</source>
        <translation>%1 の認証情報を使用できません</translation>
    </message>
</context>
<context>
    <name>HubCache::FreeSpaceCheck</name>
    <message>
        <source>Only %1 free on %2 (the file system of the cache folder %3); %4 needs about %5 once extracted.</source>
        <translation>%2（キャッシュフォルダ %3 のファイルシステム）の空き容量は %1 しかありません。%4 は展開後に約 %5 必要です。</translation>
    </message>
    <message>
        <source>Free some space or choose another cache folder (TFHUB_CACHE_DIR); to download anyway, turn the free-space check off (hubcache --ignore-free-space).</source>
        <translation>空き容量を増やすか、別のキャッシュフォルダ（TFHUB_CACHE_DIR）を選択してください。それでもダウンロードするには、空き容量チェックをオフにしてください（hubcache --ignore-free-space）。</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsAccessTokenCredentials</name>
    <message>
        <source>the access token from GOOGLE_OAUTH_ACCESS_TOKEN</source>
        <translation>GOOGLE_OAUTH_ACCESS_TOKEN のアクセストークン</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsAnonymousCredentials</name>
    <message>
        <source>anonymous access</source>
        <translation>匿名アクセス</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsCredentialProvider</name>
    <message>
        <source>the key stored in the keychain for %1</source>
        <translation>キーチェーンに保存された %1 のキー</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsListJob</name>
    <message>
        <source>the server repeats the page token %1</source>
        <translation>サーバーがページトークン %1 を繰り返している</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsMetadataJob</name>
    <message>
        <source>no object metadata in the answer</source>
        <translation>応答にオブジェクトのメタデータがない</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsObjectReader</name>
    <message>
        <source>the answer does not name the object&apos;s generation</source>
        <translation>応答にオブジェクトの世代（generation）がない</translation>
    </message>
    <message>
        <source>generation %1 was being read, the server sent %2</source>
        <translation>世代 %1 を読み込み中に、サーバーが %2 を送った</translation>
    </message>
    <message>
        <source>asked for bytes from %1, got Content-Range %2</source>
        <translation>%1 バイト目からを要求したが Content-Range %2 が返った</translation>
    </message>
    <message>
        <source>the server ignored the Range header</source>
        <translation>サーバーが Range ヘッダーを無視した</translation>
    </message>
    <message>
        <source>the server sent more bytes than asked for</source>
        <translation>サーバーが要求より多いバイトを送った</translation>
    </message>
    <message>
        <source>the answer ended at byte %1 of %2</source>
        <translation>応答が %2 バイト中 %1 バイト目で終わった</translation>
    </message>
    <message>
        <source>generation %1 is gone after %2 bytes</source>
        <translation>%2 バイト後に世代 %1 がなくなった</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsRefreshTokenCredentials</name>
    <message>
        <source>its &quot;type&quot; is not &quot;authorized_user&quot;</source>
        <translation>&quot;type&quot; が &quot;authorized_user&quot; ではない</translation>
    </message>
    <message>
        <source>&quot;client_id&quot; or &quot;refresh_token&quot; is missing</source>
        <translation>&quot;client_id&quot; または &quot;refresh_token&quot; がない</translation>
    </message>
    <message>
        <source>its token_uri %1 is not an https URL</source>
        <translation>token_uri %1 が https の URL ではない</translation>
    </message>
    <message>
        <source>OAuth refresh token (%1)</source>
        <translation>OAuth リフレッシュトークン（%1）</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsRequestJob</name>
    <message>
        <source>no data for %1 s</source>
        <translation>%1 秒間データがない</translation>
    </message>
    <message>
        <source>the answer is larger than %1 bytes</source>
        <translation>応答が %1 バイトを超えている</translation>
    </message>
    <message>
        <source>the answer ended after %1 of %2 bytes</source>
        <translation>応答が %2 バイト中 %1 バイトで終わった</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsRewriteJob</name>
    <message>
        <source>no rewrite status in the answer</source>
        <translation>応答に rewrite の状態がない</translation>
    </message>
    <message>
        <source>an unfinished rewrite without a rewriteToken</source>
        <translation>rewriteToken のない未完了の rewrite</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsServiceAccountCredentials</name>
    <message>
        <source>Cannot use the service-account key %1 (GOOGLE_APPLICATION_CREDENTIALS): %2; download a new JSON key for the service account or unset the variable</source>
        <translation>サービスアカウントキー %1（GOOGLE_APPLICATION_CREDENTIALS）を使用できません: %2。サービスアカウントの新しい JSON キーをダウンロードするか、変数を解除してください</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>JSON オブジェクトではない（%1）</translation>
    </message>
    <message>
        <source>its &quot;type&quot; is not &quot;service_account&quot;</source>
        <translation>&quot;type&quot; が &quot;service_account&quot; ではない</translation>
    </message>
    <message>
        <source>&quot;client_email&quot; or &quot;private_key&quot; is missing</source>
        <translation>&quot;client_email&quot; または &quot;private_key&quot; がない</translation>
    </message>
    <message>
        <source>its token_uri %1 is not an https URL</source>
        <translation>token_uri %1 が https の URL ではない</translation>
    </message>
    <message>
        <source>its private_key is not an RSA private key in PEM form</source>
        <translation>private_key が PEM 形式の RSA 秘密鍵ではない</translation>
    </message>
    <message>
        <source>signing with its private_key failed</source>
        <translation>private_key での署名に失敗した</translation>
    </message>
    <message>
        <source>service account %1</source>
        <translation>サービスアカウント %1</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsStorage</name>
    <message>
        <source>not a gs://bucket/name location</source>
        <translation>gs://バケット/名前 の形式の場所ではありません</translation>
    </message>
    <message>
        <source>a Google Cloud Storage request did not finish in time</source>
        <translation>Google Cloud Storage へのリクエストが時間内に終わりませんでした</translation>
    </message>
    <message>
        <source>a read at offset %1 of %2 bytes</source>
        <translation>オフセット %1 から %2 バイトの読み込み</translation>
    </message>
    <message>
        <source>%1 was already committed</source>
        <translation>%1 は既に確定済みです</translation>
    </message>
    <message>
        <source>the upload ended before its last chunk was sent</source>
        <translation>最後のチャンクを送る前にアップロードが終わりました</translation>
    </message>
    <message>
        <source>%1 bytes, more than the %2 expected</source>
        <translation>%1 バイトで、予想した %2 より多い</translation>
    </message>
    <message>
        <source>the answer ended at byte %1 of %2</source>
        <translation>応答が %2 バイト中 %1 バイト目で終わりました</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsTokenExchangeCredentials</name>
    <message>
        <source>an access token for %1</source>
        <translation>%1 のアクセストークン</translation>
    </message>
    <message>
        <source>no access_token and expires_in in the token answer</source>
        <translation>トークン応答に access_token と expires_in がない</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsUploadJob</name>
    <message>
        <source>no upload session URL in the answer</source>
        <translation>応答にアップロードセッションの URL がない</translation>
    </message>
    <message>
        <source>the session claims more bytes than the file has</source>
        <translation>セッションがファイルより多いバイトを受け取ったとしている</translation>
    </message>
    <message>
        <source>no object metadata in the answer</source>
        <translation>応答にオブジェクトのメタデータがない</translation>
    </message>
    <message>
        <source>the stored object has %1 bytes, the file %2</source>
        <translation>保存されたオブジェクトは %1 バイト、ファイルは %2 バイト</translation>
    </message>
    <message>
        <source>the session claims %1 bytes, %2 were sent</source>
        <translation>セッションは %1 バイトとしていますが、送ったのは %2 バイトです</translation>
    </message>
</context>
<context>
    <name>HubCache::HttpRetryPolicy</name>
    <message>
        <source>the redirect&apos;s Location header is too long (%1 bytes)</source>
        <translation>リダイレクトの Location ヘッダーが長すぎます（%1 バイト）</translation>
    </message>
    <message>
        <source>the redirect&apos;s Location header is not a valid URL: %1</source>
        <translation>リダイレクトの Location ヘッダーが有効な URL ではありません: %1</translation>
    </message>
    <message>
        <source>the redirect has no Location header</source>
        <translation>リダイレクトに Location ヘッダーがない</translation>
    </message>
</context>
<context>
    <name>HubCache::KaggleCatalogJob</name>
    <message>
        <source>Offline mode is on, and Kaggle Models is searched on %1: turn offline mode off (--offline, HUBCACHE_OFFLINE) to search it. Models already in the cache stay listed under the other sources.</source>
        <translation>オフラインモードがオンですが、Kaggle モデルは %1 で検索します: 検索するにはオフラインモードをオフにしてください（--offline、HUBCACHE_OFFLINE）。キャッシュ済みのモデルは引き続き他のソースに表示されます。</translation>
    </message>
    <message>
        <source>Unexpected answer from Kaggle Models (%1): the answer is larger than %2 MB, far more than a page of the listing. Try again later; if it persists, Kaggle may have changed its API.</source>
        <translation>Kaggle モデルから予期しない応答がありました（%1）: 応答が %2 MB を超えており、一覧の 1 ページ分をはるかに上回ります。しばらくしてから再試行してください。解決しない場合は、Kaggle が API を変更した可能性があります。</translation>
    </message>
    <message>
        <source>Kaggle Models is rate limiting requests (HTTP %1 from %2); wait a minute and search again.</source>
        <translation>Kaggle モデルがリクエストの頻度を制限しています（%2 からの HTTP %1）。1 分ほど待ってから再度検索してください。</translation>
    </message>
    <message>
        <source>Kaggle Models answered with a server error (HTTP %1 from %2); try again later.</source>
        <translation>Kaggle モデルがサーバーエラーを返しました（%2 からの HTTP %1）。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>Kaggle Models refused the request (HTTP %1 from %2): the model may be private or need Kaggle credentials.</source>
        <translation>Kaggle モデルがリクエストを拒否しました（%2 からの HTTP %1）: モデルが非公開であるか、Kaggle の認証情報が必要な可能性があります。</translation>
    </message>
    <message>
        <source>Kaggle Models has no such page (HTTP %1 from %2); check HUBCACHE_KAGGLE_API (default https://www.kaggle.com/api/v1).</source>
        <translation>Kaggle モデルにそのページはありません（%2 からの HTTP %1）。HUBCACHE_KAGGLE_API を確認してください（デフォルト: https://www.kaggle.com/api/v1）。</translation>
    </message>
    <message>
        <source>Kaggle Models answered HTTP %1 from %2.</source>
        <translation>Kaggle モデルが HTTP %1 を返しました（%2）。</translation>
    </message>
    <message>
        <source>Kaggle Models did not answer within %1 s (%2); check your connection, or try again.</source>
        <translation>Kaggle モデルが %1 秒以内に応答しませんでした（%2）。接続を確認するか、再試行してください。</translation>
    </message>
    <message>
        <source>Cannot reach Kaggle Models at %1 (%2). Check your network connection or proxy; models already in the cache still work offline.</source>
        <translation>%1 の Kaggle モデルに接続できません（%2）。ネットワーク接続またはプロキシを確認してください。キャッシュ済みのモデルはオフラインでも引き続き使えます。</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>JSON ではない（バイト %2 で %1）</translation>
    </message>
    <message>
        <source>the answer should be a JSON object</source>
        <translation>応答は JSON オブジェクトである必要がある</translation>
    </message>
    <message>
        <source>the answer is about %1/%2, not %3/%4</source>
        <translation>応答が %3/%4 ではなく %1/%2 についてのもの</translation>
    </message>
    <message>
        <source>Unexpected answer from Kaggle Models (%1): %2. Kaggle may have changed its API; the listing cannot be shown.</source>
        <translation>Kaggle モデルから予期しない応答がありました（%1）: %2。Kaggle が API を変更した可能性があります。一覧を表示できません。</translation>
    </message>
    <message>
        <source>%1 — retrying in %2 s</source>
        <translation>%1 — %2 秒後に再試行します</translation>
    </message>
</context>
<context>
    <name>HubCache::KaggleCatalogPage</name>
    <message>
        <source>&quot;%1&quot; should be %2 but is %3</source>
        <translation>&quot;%1&quot; は %2 である必要があるが、%3 になっている</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>a non-negative whole number</source>
        <translation>0 以上の整数</translation>
    </message>
    <message>
        <source>&quot;%1.ref&quot; should be owner/model but is &apos;%2&apos;</source>
        <translation>&quot;%1.ref&quot; は 所有者/モデル の形式である必要があるが、&apos;%2&apos; になっている</translation>
    </message>
    <message>
        <source>&quot;%1.slug&quot; (&apos;%2&apos;) does not match its ref &apos;%3&apos;</source>
        <translation>&quot;%1.slug&quot;（&apos;%2&apos;）が ref &apos;%3&apos; と一致しない</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>&quot;%1.slug&quot; should be a variation name but is &apos;%2&apos;</source>
        <translation>&quot;%1.slug&quot; はバリエーション名である必要があるが、&apos;%2&apos; になっている</translation>
    </message>
    <message>
        <source>&quot;%1.versionNumber&quot; should be a version from 1 but is %2</source>
        <translation>&quot;%1.versionNumber&quot; は 1 以上のバージョンである必要があるが、%2 になっている</translation>
    </message>
    <message>
        <source>Unexpected answer from Kaggle Models (%1): %2. Kaggle may have changed its API; the listing cannot be shown.</source>
        <translation>Kaggle モデルから予期しない応答がありました（%1）: %2。Kaggle が API を変更した可能性があります。一覧を表示できません。</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>応答が %1 MB を超えている</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>JSON ではない（バイト %2 で %1）</translation>
    </message>
    <message>
        <source>the answer should be a JSON object</source>
        <translation>応答は JSON オブジェクトである必要がある</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1/%2, %3 variation %4, version %5</source>
        <translation>%1/%2、%3 バリエーション %4、バージョン %5</translation>
    </message>
    <message>
        <source>%1 (%2/%3, %4 variation %5, version %6)</source>
        <translation>%1（%2/%3、%4 バリエーション %5、バージョン %6）</translation>
    </message>
</context>
<context>
    <name>HubCache::LocalStorage</name>
    <message>
        <source>a symbolic link</source>
        <translation>シンボリックリンク</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation>%1 バイトより大きい</translation>
    </message>
    <message>
        <source>some files could not be deleted</source>
        <translation>一部のファイルを削除できませんでした</translation>
    </message>
</context>
<context>
    <name>HubCache::ModelCache</name>
    <message>
        <source>process %1 on this host is gone</source>
        <translation>このホストのプロセス %1 は終了済み</translation>
    </message>
    <message>
        <source>no progress for %1 s</source>
        <translation>%1 秒間進行なし</translation>
    </message>
    <message>
        <source>left by an interrupted download</source>
        <translation>中断されたダウンロードの残り</translation>
    </message>
    <message>
        <source>some files could not be deleted; `hubcache prune` retries</source>
        <translation>一部のファイルを削除できませんでした。`hubcache prune` で再試行できます</translation>
    </message>
    <message>
        <source>the lock changed hands</source>
        <translation>ロックの所有者が変わりました</translation>
    </message>
    <message>
        <source>not an orphaned temp folder or stale lock</source>
        <translation>孤立した一時フォルダでも古いロックでもありません</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>フォルダを作成できません</translation>
    </message>
    <message>
        <source>%1.lock is %2, not a download lock</source>
        <translation>%1.lock はダウンロードロックではなく%2</translation>
    </message>
    <message>
        <source>%1.lock does not hold a download lock (content &apos;%2&apos;)</source>
        <translation>%1.lock にダウンロードロックが含まれていない（内容 &apos;%2&apos;）</translation>
    </message>
    <message>
        <source>process %1 is not running here and its download made no progress for %2 s</source>
        <translation>プロセス %1 はここで実行されておらず、そのダウンロードが %2 秒間進んでいない</translation>
    </message>
    <message>
        <source>%1 is %2, not a descriptor</source>
        <translation>%1 はディスクリプタではなく%2</translation>
    </message>
    <message>
        <source>%1, not a folder</source>
        <translation>%1 であり、フォルダではありません</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>ファイル</translation>
    </message>
</context>
<context>
    <name>HubCache::ModelFolder</name>
    <message>
        <source>a symbolic link</source>
        <translation>シンボリックリンク</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>名前付きパイプ（FIFO）</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>%1 is %2, not a file</source>
        <translation>%1 はファイルではなく%2</translation>
    </message>
    <message>
        <source>%1, not a folder</source>
        <translation>フォルダではなく%1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>存在しない</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>読み取れない: %1</translation>
    </message>
    <message>
        <source>the folder is empty</source>
        <translation>フォルダが空</translation>
    </message>
    <message>
        <source>no saved_model.pb, saved_model.pbtxt, tfhub_module.pb or *.tflite (half deleted?)</source>
        <translation>saved_model.pb、saved_model.pbtxt、tfhub_module.pb、*.tflite のいずれもない（一部だけ削除された可能性）</translation>
    </message>
    <message>
        <source>variables is %1, not a folder</source>
        <translation>variables がフォルダではなく%1</translation>
    </message>
    <message>
        <source>variables/variables.index is missing (half deleted?)</source>
        <translation>variables/variables.index がない（一部だけ削除された可能性）</translation>
    </message>
    <message>
        <source>variables/variables.data-* is missing (half deleted?)</source>
        <translation>variables/variables.data-* がない（一部だけ削除された可能性）</translation>
    </message>
</context>
<context>
    <name>HubCache::ProfileEditor</name>
    <message>
        <source>the hubcache block that starts on line %1 has no end line &apos;%2&apos; before the next block starts on line %3; fix or delete the hubcache lines by hand, then try again</source>
        <translation>%1 行目から始まる hubcache ブロックに、%3 行目で次のブロックが始まる前の終了行 &apos;%2&apos; がありません。hubcache の行を手動で修正または削除してから、再試行してください</translation>
    </message>
    <message>
        <source>line %1 ends a hubcache block that never started (no line starting with &apos;%2&apos; above it); fix or delete the hubcache lines by hand, then try again</source>
        <translation>%1 行目は、始まっていない hubcache ブロックを終了しています（その上に &apos;%2&apos; で始まる行がありません）。hubcache の行を手動で修正または削除してから、再試行してください</translation>
    </message>
    <message>
        <source>the hubcache block that starts on line %1 has no end line &apos;%2&apos;; fix or delete the hubcache lines by hand, then try again</source>
        <translation>%1 行目から始まる hubcache ブロックに終了行 &apos;%2&apos; がありません。hubcache の行を手動で修正または削除してから、再試行してください</translation>
    </message>
    <message>
        <source>%1; check that you may write to %2, or add the lines shown in the app to the file by hand</source>
        <translation>%1。%2 への書き込み権限があるか確認するか、アプリに表示された行を手動でファイルに追加してください</translation>
    </message>
    <message>
        <source>it is a symbolic link to %1, which does not exist; repair or remove the link, then try again</source>
        <translation>存在しない %1 へのシンボリックリンクです。リンクを修復または削除してから、再試行してください</translation>
    </message>
    <message>
        <source>it is a symbolic link to %1 that leads back to itself; repair or remove the link, then try again</source>
        <translation>自分自身に戻る %1 へのシンボリックリンクです。リンクを修復または削除してから、再試行してください</translation>
    </message>
    <message>
        <source>cannot follow its symbolic link to %1 (%2); repair or remove the link, then try again</source>
        <translation>%1 へのシンボリックリンクをたどれません（%2）。リンクを修復または削除してから、再試行してください</translation>
    </message>
    <message>
        <source>it is a symbolic link to %1, which is not a regular file; point the link at a file, or add the lines by hand</source>
        <translation>通常のファイルではない %1 へのシンボリックリンクです。リンク先をファイルにするか、行を手動で追加してください</translation>
    </message>
    <message>
        <source>it is not a regular file; move it away, or add the lines by hand</source>
        <translation>通常のファイルではありません。別の場所に移動するか、行を手動で追加してください</translation>
    </message>
    <message>
        <source>it is a symbolic link to %1, which belongs to another user (uid %2); hubcache only edits your own files, so add the lines by hand</source>
        <translation>別のユーザー（uid %2）が所有する %1 へのシンボリックリンクです。hubcache はご自身が所有するファイルしか編集しないため、行を手動で追加してください</translation>
    </message>
    <message>
        <source>it belongs to another user (uid %1); hubcache only edits your own files, so add the lines by hand</source>
        <translation>別のユーザー（uid %1）が所有しています。hubcache はご自身が所有するファイルしか編集しないため、行を手動で追加してください</translation>
    </message>
    <message>
        <source>it was changed by another program while hubcache was editing it; try again</source>
        <translation>hubcache が編集している間に別のプログラムによって変更されました。再試行してください</translation>
    </message>
    <message>
        <source>it is not a regular file; remove it by hand</source>
        <translation>通常のファイルではありません。手動で削除してください</translation>
    </message>
    <message>
        <source>cannot create this folder; check the permissions of the folder above it</source>
        <translation>このフォルダを作成できません。親フォルダのアクセス権を確認してください</translation>
    </message>
    <message>
        <source>the home folder &apos;%1&apos; is not an absolute path</source>
        <translation>ホームフォルダ &apos;%1&apos; は絶対パスではありません</translation>
    </message>
    <message>
        <source>the TensorFlow Hub cache folder is empty; choose a folder, or leave TFHUB_CACHE_DIR unset</source>
        <translation>TensorFlow Hub のキャッシュフォルダが指定されていません。フォルダを選択するか、TFHUB_CACHE_DIR を未設定のままにしてください</translation>
    </message>
    <message>
        <source>the cache folder &apos;%1&apos; contains a line break, which a shell profile cannot hold; choose another folder</source>
        <translation>キャッシュフォルダ &apos;%1&apos; に改行が含まれているため、シェルのプロファイルに書き込めません。別のフォルダを選択してください</translation>
    </message>
    <message>
        <source>the cache folder &apos;%1&apos; is not an absolute path; login shells start in other folders, so give the full path (or one starting with ~/)</source>
        <translation>キャッシュフォルダ &apos;%1&apos; は絶対パスではありません。ログインシェルは別のフォルダで起動するため、フルパス（または ~/ で始まるパス）を指定してください</translation>
    </message>
</context>
<context>
    <name>HubCache::RangedDownload</name>
    <message>
        <source>the server answered the range from byte %1 with another one (%2)</source>
        <translation>サーバーがバイト %1 からの範囲要求に別の範囲 (%2) で応答しました</translation>
    </message>
    <message>
        <source>the file&apos;s length changed from %1 to %2 bytes</source>
        <translation>ファイルの長さが %1 バイトから %2 バイトに変わりました</translation>
    </message>
    <message>
        <source>the file changed on the server: its ETag is %1 now, was %2</source>
        <translation>サーバー上のファイルが変更されました: ETag が %2 から %1 に変わっています</translation>
    </message>
    <message>
        <source>the file changed on the server: its Last-Modified is %1 now, was %2</source>
        <translation>サーバー上のファイルが変更されました: Last-Modified が %2 から %1 に変わっています</translation>
    </message>
    <message>
        <source>the server sent the whole file (status 200) when asked for bytes %1 to %2: it does not honour ranges</source>
        <translation>バイト %1 から %2 を要求したところ、サーバーがファイル全体 (ステータス 200) を送信しました: 範囲指定に対応していません</translation>
    </message>
    <message>
        <source>the file changed on the server (status 200 to a request for the same version)</source>
        <translation>サーバー上のファイルが変更されました (同じバージョンへのリクエストにステータス 200 が返されました)</translation>
    </message>
    <message>
        <source>the server refused the range of the same version (status %1): the file changed</source>
        <translation>サーバーが同じバージョンの範囲要求を拒否しました (ステータス %1): ファイルが変更されています</translation>
    </message>
    <message>
        <source>the connection closed at byte %1 of the part that ends at byte %2</source>
        <translation>バイト %2 で終わる部分のバイト %1 で接続が切れました</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>%1 秒間データを受信していません</translation>
    </message>
</context>
<context>
    <name>HubCache::RegularFile</name>
    <message>
        <source>a FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>シンボリックリンク</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>通常のファイルではない</translation>
    </message>
</context>
<context>
    <name>HubCache::ResolveJob</name>
    <message>
        <source>The cached copy of %1 is broken (%2); downloading it again.</source>
        <translation>キャッシュされた %1 のコピーが破損しています（%2）。再ダウンロードします。</translation>
    </message>
    <message>
        <source>Taking over the download of %1 from process %2, which is gone.</source>
        <translation>終了したプロセス %2 から %1 のダウンロードを引き継ぎます。</translation>
    </message>
    <message>
        <source>The download of %1 by %2 made no progress for %3 s; taking it over.</source>
        <translation>%2 による %1 のダウンロードが %3 秒間進んでいないため、引き継ぎます。</translation>
    </message>
    <message>
        <source>%1 is being downloaded by %2 on %3 (%4 so far); waiting. It is taken over if it makes no progress for %5 s.</source>
        <translation>%1 は %3 上のプロセス %2 がダウンロード中です（現在 %4）。待機しています。%5 秒間進まない場合は引き継ぎます。</translation>
    </message>
    <message>
        <source>%1 is %2, not a download lock; replacing it.</source>
        <translation>%1 はダウンロードロックではなく%2です。置き換えます。</translation>
    </message>
    <message>
        <source>%1 does not hold a download lock (content &apos;%2&apos;); taking it over.</source>
        <translation>%1 にダウンロードロックが含まれていません（内容 &apos;%2&apos;）。引き継ぎます。</translation>
    </message>
    <message>
        <source>%1 does not hold a download lock (content &apos;%2&apos;); taking it over in %3 s unless it changes.</source>
        <translation>%1 にダウンロードロックが含まれていません（内容 &apos;%2&apos;）。変化がなければ %3 秒後に引き継ぎます。</translation>
    </message>
    <message>
        <source>%1 is being downloaded by process %2, which is not running here but may run in another container on %3 (%4 so far); waiting. It is taken over if it makes no progress for %5 s.</source>
        <translation>%1 はプロセス %2 がダウンロード中です。このプロセスはここでは実行されていませんが、%3 上の別のコンテナで実行されている可能性があります（現在 %4）。待機しています。%5 秒間進まない場合は引き継ぎます。</translation>
    </message>
    <message>
        <source>%1 was replaced during the download; starting over with the new version</source>
        <translation>ダウンロード中に %1 が置き換えられました。新しいバージョンで最初からやり直します</translation>
    </message>
</context>
<context>
    <name>HubCache::ResumeData</name>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 を作成できません: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 はフォルダではありません</translation>
    </message>
    <message>
        <source>its record or archive file is missing or not a regular file</source>
        <translation>記録ファイルまたはアーカイブファイルが存在しないか、通常のファイルではありません</translation>
    </message>
    <message>
        <source>its record is too large (%1 bytes)</source>
        <translation>記録ファイルが大きすぎます (%1 バイト)</translation>
    </message>
    <message>
        <source>its record is corrupt</source>
        <translation>記録ファイルが破損しています</translation>
    </message>
    <message>
        <source>its archive file is longer than the archive</source>
        <translation>アーカイブファイルが元のアーカイブより長くなっています</translation>
    </message>
</context>
<context>
    <name>HubCache::UncompressedLocationJob</name>
    <message>
        <source>an empty body</source>
        <translation>空の本文</translation>
    </message>
    <message>
        <source>the answer&apos;s body is larger than %1 KB, far more than a gs:// location; the server does not follow the UNCOMPRESSED protocol</source>
        <translation>応答本文が %1 KB を超えており、gs:// の場所にしては大きすぎる。サーバーは UNCOMPRESSED プロトコルに従っていない</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>%1 秒以内に完全な応答がない</translation>
    </message>
    <message>
        <source>the redirect&apos;s Location is not an http or https URL that can be followed: %1</source>
        <translation>リダイレクトの Location がたどれる http または https の URL ではない: %1</translation>
    </message>
    <message>
        <source>the location %1 is not valid UTF-8</source>
        <translation>場所 %1 は正しい UTF-8 ではない</translation>
    </message>
    <message>
        <source>%1 — retrying in %2 s</source>
        <translation>%1 — %2 秒後に再試行します</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>参照(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>ダウンロード(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Cache</source>
        <translation>キャッシュ(&amp;C)</translation>
    </message>
    <message>
        <source>Open Model Catalog</source>
        <translation>モデルカタログを開く</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>The demo hub could not start on 127.0.0.1.</source>
        <translation>デモハブを 127.0.0.1 で起動できませんでした。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Catalog…</source>
        <translation>カタログを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find Model</source>
        <translation>モデルを検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Log and Diagnostics</source>
        <translation>ログと診断(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About hubcache</source>
        <translation>hubcache について(&amp;A)</translation>
    </message>
    <message>
        <source>About hubcache</source>
        <translation>hubcache について</translation>
    </message>
    <message>
        <source>hubcache %1
Resolve, download, cache and inspect TensorFlow Hub models, in the same cache as the tensorflow_hub Python library.</source>
        <translation>hubcache %1
TensorFlow Hub のモデルの解決、ダウンロード、キャッシュ、内容の確認を行います。tensorflow_hub Python ライブラリと同じキャッシュを使用します。</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>Mode: </source>
        <translation>モード: </translation>
    </message>
    <message>
        <source>Compressed — download and cache</source>
        <translation>圧縮 — ダウンロードしてキャッシュ</translation>
    </message>
    <message>
        <source>Uncompressed — read from remote storage</source>
        <translation>非圧縮 — リモートストレージから読み込み</translation>
    </message>
    <message>
        <source>Uncompressed mode: models are read from remote storage, nothing is cached.</source>
        <translation>非圧縮モード: モデルはリモートストレージから読み込まれ、何もキャッシュされません。</translation>
    </message>
    <message>
        <source>Compressed mode: models are downloaded once and cached.</source>
        <translation>圧縮モード: モデルは 1 回だけダウンロードされ、キャッシュされます。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Compressed&lt;/b&gt;: each model is downloaded once as an archive and kept in the cache folder; later loads need no network.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Uncompressed&lt;/b&gt;: the model is read straight from remote storage (Google Cloud Storage) every time; nothing is cached.&lt;/p&gt;&lt;p&gt;This switch is for hubcache&apos;s own downloads. In this environment the Python library will do this: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;圧縮&lt;/b&gt;: 各モデルをアーカイブとして 1 回だけダウンロードし、キャッシュフォルダに保存します。以降の読み込みにネットワークは必要ありません。&lt;/p&gt;&lt;p&gt;&lt;b&gt;非圧縮&lt;/b&gt;: 毎回リモートストレージ（Google Cloud Storage）からモデルを直接読み込みます。何もキャッシュされません。&lt;/p&gt;&lt;p&gt;この切り替えは hubcache 自身のダウンロードに適用されます。この環境では、Python ライブラリは次のように動作します: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Python: compressed</source>
        <translation>Python: 圧縮</translation>
    </message>
    <message>
        <source>Python: uncompressed</source>
        <translation>Python: 非圧縮</translation>
    </message>
    <message>
        <source>Cache: %1 (%2)</source>
        <translation>キャッシュ: %1 (%2)</translation>
    </message>
    <message>
        <source>Not in the Cache</source>
        <translation>キャッシュにありません</translation>
    </message>
    <message>
        <source>Delete Entries</source>
        <translation>エントリの削除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Some Entries Were Not Deleted</source>
        <translation>一部のエントリを削除できませんでした</translation>
    </message>
    <message>
        <source>%1 freed.</source>
        <translation>%1 を解放しました。</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>クリーンアップ</translation>
    </message>
    <message>
        <source>Nothing to prune: no orphaned temp folders or stale locks.</source>
        <translation>クリーンアップするものはありません。孤立した一時フォルダや古いロックはありません。</translation>
    </message>
    <message>
        <source>The new language is used when hubcache starts again.</source>
        <translation>新しい言語は hubcache の次回起動時に適用されます。</translation>
    </message>
    <message>
        <source>Move Cached Models</source>
        <translation>キャッシュ済みモデルの移動</translation>
    </message>
    <message numerus="yes">
        <source>The old cache folder %1 holds %n model(s) (%2). Move them to %3?</source>
        <translation>
            <numerusform>以前のキャッシュフォルダ %1 に %n 個のモデル（%2）があります。%3 に移動しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Moving cached models…</source>
        <translation>キャッシュ済みモデルを移動中…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) moved.</source>
        <translation>
            <numerusform>%n 個のモデルを移動しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not moved:</source>
        <translation>移動できなかった項目:</translation>
    </message>
    <message>
        <source>Downloads Running</source>
        <translation>ダウンロード実行中</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>%1 is in remote storage at %2 (uncompressed mode: nothing was downloaded or cached).</source>
        <translation>%1 はリモートストレージの %2 にあります（非圧縮モード: 何もダウンロード・キャッシュしていません）。</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>削除しています…</translation>
    </message>
    <message>
        <source>Pruning…</source>
        <translation>整理しています…</translation>
    </message>
    <message>
        <source>Cached models are not moved between a local folder and a bucket; models are downloaded into %1 when they are next used.</source>
        <translation>キャッシュ済みのモデルはローカルフォルダとバケットの間では移動しません。次に使うときに %1 にダウンロードされます。</translation>
    </message>
    <message>
        <source>Listing Kaggle Models on %1…</source>
        <translation>%1 から Kaggle モデルの一覧を取得中…</translation>
    </message>
    <message>
        <source>Searching Kaggle Models on %1 for “%2”…</source>
        <translation>%1 で Kaggle モデルから「%2」を検索中…</translation>
    </message>
    <message>
        <source>No TensorFlow models on Kaggle match “%1”.</source>
        <translation>「%1」に一致する Kaggle の TensorFlow モデルはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n TensorFlow model variation(s) from Kaggle Models.</source>
        <translation>
            <numerusform>Kaggle モデルの TensorFlow モデルバリエーション %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>More results are available.</source>
        <translation>さらに結果があります。</translation>
    </message>
    <message>
        <source>Sign-in Needed</source>
        <translation>サインインが必要です</translation>
    </message>
    <message>
        <source>%1

Add or replace a credential for this host or bucket in Preferences &gt; Credentials?</source>
        <translation>%1

「設定」&gt;「認証情報」で、このホストまたはバケットの認証情報を追加または置き換えますか？</translation>
    </message>
    <message>
        <source>Open &amp;Credentials</source>
        <translation>認証情報を開く(&amp;C)</translation>
    </message>
    <message>
        <source>Could not get %1; the Browse and Downloads pages say why.</source>
        <translation>%1 を取得できませんでした。理由は「参照」ページと「ダウンロード」ページに表示されています。</translation>
    </message>
    <message>
        <source>%1 could not be resolved:
%2</source>
        <translation>%1 を解決できませんでした:
%2</translation>
    </message>
    <message>
        <source>%1 is ready in the cache.</source>
        <translation>%1 をキャッシュに用意しました。</translation>
    </message>
    <message>
        <source>Download Model</source>
        <translation>モデルのダウンロード</translation>
    </message>
    <message>
        <source>%1 is %2. Download it into the cache now?</source>
        <translation>%1 のサイズは %2 です。今すぐキャッシュにダウンロードしますか？</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>ダウンロード(&amp;D)</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>デモ</translation>
    </message>
    <message>
        <source>%1% — demo</source>
        <translation>%1% — デモ</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) added to Downloads.</source>
        <translation>
            <numerusform>%n 個のモデルを「ダウンロード」に追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in Downloads.</source>
        <translation>すでに「ダウンロード」にあります。</translation>
    </message>
    <message>
        <source>Cannot Open Folder</source>
        <translation>フォルダを開けません</translation>
    </message>
    <message>
        <source>No file manager could be started to show %1. Install one (and xdg-utils), or copy the path and open it yourself.</source>
        <translation>%1 を表示するファイルマネージャーを起動できませんでした。ファイルマネージャー（と xdg-utils）をインストールするか、パスをコピーして自分で開いてください。</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>パスをコピー(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) from the cache and free %1?</source>
        <translation>
            <numerusform>キャッシュから %n 個の項目を削除して %1 を解放しますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n leftover(s) of interrupted downloads (temp folders, stale locks), freeing %1?</source>
        <translation>
            <numerusform>中断されたダウンロードの残り（一時フォルダ、古いロック）%n 個を削除して %1 を解放しますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Prune removed %n leftover(s) and freed %1.</source>
        <translation>
            <numerusform>クリーンアップで残り %n 個を削除し、%1 を解放しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Update Your Profile</source>
        <translation>プロファイルの更新</translation>
    </message>
    <message>
        <source>Your profile (~/.bashrc, environment.d) still sets TFHUB_CACHE_DIR=%1, so shells and Python will keep using that folder. Write %2 there instead?</source>
        <translation>プロファイル（~/.bashrc、environment.d）ではまだ TFHUB_CACHE_DIR=%1 が設定されているため、シェルと Python は引き続きそのフォルダを使います。代わりに %2 を書き込みますか？</translation>
    </message>
    <message>
        <source>&amp;Update Profile</source>
        <translation>プロファイルを更新(&amp;U)</translation>
    </message>
    <message>
        <source>Your profile now sets TFHUB_CACHE_DIR=%1: new shells and new logins use it.</source>
        <translation>プロファイルで TFHUB_CACHE_DIR=%1 を設定しました。新しく起動したシェルと、次回のログインから反映されます。</translation>
    </message>
    <message numerus="yes">
        <source>Quit and cancel %n running download(s)? Nothing half-downloaded is left in the cache.</source>
        <translation>
            <numerusform>終了して、実行中の %n 件のダウンロードをキャンセルしますか？ダウンロード途中のデータはキャッシュに残りません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard Paused Downloads</source>
        <translation>一時停止中のダウンロードの破棄</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %1 kept for %n paused download(s)? Downloading them again starts from the beginning.

%2</source>
        <translation>
            <numerusform>一時停止中のダウンロード %n 件の保持データ %1 を削除しますか？再度ダウンロードすると最初からやり直します。

%2</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>%1 is being downloaded; cancel that download first.</source>
        <translation>%1 はダウンロード中です。先にそのダウンロードをキャンセルしてください。</translation>
    </message>
    <message>
        <source>%1 could not be deleted; check its permissions.</source>
        <translation>%1 を削除できませんでした。アクセス権を確認してください。</translation>
    </message>
    <message>
        <source>Some Paused Downloads Were Not Discarded</source>
        <translation>一部の一時停止中のダウンロードを破棄できませんでした</translation>
    </message>
    <message>
        <source>Not Enough Space</source>
        <translation>空き容量不足</translation>
    </message>
    <message>
        <source>Free some space or choose another cache folder in Settings first. Download anyway?</source>
        <translation>先に空き容量を増やすか、「設定」で別のキャッシュフォルダを選択してください。それでもダウンロードしますか？</translation>
    </message>
    <message>
        <source>Download Anyway</source>
        <translation>それでもダウンロード</translation>
    </message>
    <message>
        <source>Not downloaded: not enough free space.</source>
        <translation>ダウンロードしませんでした: 空き容量が不足しています。</translation>
    </message>
    <message>
        <source>Download Failed</source>
        <translation>ダウンロード失敗</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Download Finished</source>
        <translation>ダウンロード完了</translation>
    </message>
    <message>
        <source>%1 is in the handle field: press Resolve to get it.</source>
        <translation>%1 がハンドル欄に入っています。「取得」を押して取得してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) still running. Keep downloading in the background? hubcache stays in the system tray and says when they end.</source>
        <translation>
            <numerusform>%n 件のダウンロードがまだ実行中です。バックグラウンドでダウンロードを続けますか？hubcache はシステムトレイに残り、終了したらお知らせします。</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep in &amp;Tray</source>
        <translation>トレイに常駐(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ProgressPrinter</name>
    <message>
        <source>Downloading TF-Hub Module &apos;%1&apos;.</source>
        <translation>TF-Hub モジュール &apos;%1&apos; をダウンロードしています。</translation>
    </message>
    <message>
        <source> %1 s left</source>
        <translation> 残り %1 秒</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>a folder</source>
        <translation>フォルダ</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>~/.bashrc (shells, Python scripts started from them)</source>
        <translation>~/.bashrc（シェルと、シェルから起動した Python スクリプト）</translation>
    </message>
    <message>
        <source>~/.config/environment.d (the desktop session: IDEs, notebooks)</source>
        <translation>~/.config/environment.d（デスクトップセッション: IDE、ノートブック）</translation>
    </message>
    <message>
        <source>&amp;Write to Profile</source>
        <translation>プロファイルに書き込む(&amp;W)</translation>
    </message>
    <message>
        <source>Re&amp;move from Profile</source>
        <translation>プロファイルから削除(&amp;M)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Cache Folder</source>
        <translation>キャッシュフォルダ</translation>
    </message>
    <message>
        <source>Automatic (compressed)</source>
        <translation>自動（圧縮）</translation>
    </message>
    <message>
        <source>Compressed: download and cache</source>
        <translation>圧縮: ダウンロードしてキャッシュ</translation>
    </message>
    <message>
        <source>Uncompressed: read from remote storage</source>
        <translation>非圧縮: リモートストレージから読み込み</translation>
    </message>
    <message>
        <source>TFHUB_MODEL_LOAD_FORMAT. Compressed downloads each model once and caches it; uncompressed reads it from Google Cloud Storage every time and caches nothing.</source>
        <translation>TFHUB_MODEL_LOAD_FORMAT。圧縮では各モデルを 1 回だけダウンロードしてキャッシュします。非圧縮では毎回 Google Cloud Storage から読み込み、何もキャッシュしません。</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Takes effect when hubcache starts again.</source>
        <translation>hubcache の次回起動時に反映されます。</translation>
    </message>
    <message>
        <source>A JSON list of models</source>
        <translation>モデルの JSON リスト</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>参照(&amp;R)…</translation>
    </message>
    <message>
        <source>Model Catalog</source>
        <translation>モデルカタログ</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>キャッシュ</translation>
    </message>
    <message>
        <source>Cache &amp;folder:</source>
        <translation>キャッシュフォルダ(&amp;F):</translation>
    </message>
    <message>
        <source>Load &amp;format:</source>
        <translation>読み込み形式(&amp;O):</translation>
    </message>
    <message>
        <source>Make it persistent for Python and shells</source>
        <translation>Python とシェルに永続的に設定</translation>
    </message>
    <message>
        <source>Writes TFHUB_CACHE_DIR and TFHUB_MODEL_LOAD_FORMAT into a block that hubcache manages, as the TensorFlow Hub documentation tells bash users to. Your other lines stay as they are, a backup is kept, and Remove takes the block out again.</source>
        <translation>TensorFlow Hub のドキュメントが bash ユーザーに案内しているとおり、TFHUB_CACHE_DIR と TFHUB_MODEL_LOAD_FORMAT を hubcache が管理するブロックに書き込みます。他の行はそのまま残り、バックアップも保存されます。「プロファイルから削除」でブロックを再び取り除けます。</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Catalog file:</source>
        <translation>カタログファイル(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Downloads at once:</source>
        <translation>同時ダウンロード数(&amp;D):</translation>
    </message>
    <message>
        <source>This folder is in the temp folder, which is cleaned on reboot or by age: cached models will vanish and be downloaded again. Choose a folder in your home.</source>
        <translation>このフォルダは、再起動時や一定期間の経過で削除される一時フォルダ内にあります。キャッシュしたモデルが消えて、再ダウンロードが必要になります。ホームフォルダ内のフォルダを選択してください。</translation>
    </message>
    <message>
        <source>TFHUB_CACHE_DIR is set to %1 in this session; it wins over this setting until you write the new folder to your profile and log in again.</source>
        <translation>このセッションでは TFHUB_CACHE_DIR が %1 に設定されています。新しいフォルダをプロファイルに書き込んで再ログインするまでは、この値がこの設定より優先されます。</translation>
    </message>
    <message>
        <source>Nothing deletes cached models automatically: use the Cache page to free space.</source>
        <translation>キャッシュしたモデルが自動で削除されることはありません。容量を空けるには「キャッシュ」ページを使用してください。</translation>
    </message>
    <message>
        <source>Your profile has no hubcache block.</source>
        <translation>プロファイルに hubcache ブロックはありません。</translation>
    </message>
    <message>
        <source>Your profile sets TFHUB_CACHE_DIR=%1, TFHUB_MODEL_LOAD_FORMAT=%2.</source>
        <translation>プロファイルの設定: TFHUB_CACHE_DIR=%1、TFHUB_MODEL_LOAD_FORMAT=%2。</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(未設定)</translation>
    </message>
    <message>
        <source>New shells and new logins see it.</source>
        <translation>新しく起動したシェルと、次回のログインから反映されます。</translation>
    </message>
    <message>
        <source>Where models are cached (TFHUB_CACHE_DIR): a local folder, or gs://bucket/folder for a cache in Google Cloud Storage shared by several machines. Empty: %1</source>
        <translation>モデルをキャッシュする場所 (TFHUB_CACHE_DIR): ローカルフォルダ、または複数のマシンで共有する Google Cloud Storage のキャッシュなら gs://バケット/フォルダ。空の場合: %1</translation>
    </message>
    <message>
        <source>Where gs:// locations are read and written: Google Cloud Storage, or an emulator or proxy such as http://127.0.0.1:4443. HUBCACHE_GCS_ENDPOINT and STORAGE_EMULATOR_HOST win over this setting.</source>
        <translation>gs:// の場所を読み書きする先: Google Cloud Storage、または http://127.0.0.1:4443 のようなエミュレータやプロキシ。HUBCACHE_GCS_ENDPOINT と STORAGE_EMULATOR_HOST がこの設定より優先されます。</translation>
    </message>
    <message>
        <source>Storage &amp;endpoint:</source>
        <translation>ストレージエンドポイント(&amp;E):</translation>
    </message>
    <message>
        <source>A cache in a bucket is shared by every machine and Python process that uses %1; each model is downloaded into it once. Reading a model from it needs the network.</source>
        <translation>バケット内のキャッシュは %1 を使うすべてのマシンと Python プロセスで共有され、各モデルは一度だけダウンロードされます。モデルを読むにはネットワークが必要です。</translation>
    </message>
    <message>
        <source>Give the bucket and an optional folder, such as gs://my-bucket/tfhub_modules.</source>
        <translation>gs://my-bucket/tfhub_modules のように、バケットと必要ならフォルダを指定してください。</translation>
    </message>
    <message>
        <source>The storage endpoint %1 is not valid: give an http or https URL with a host and an optional port, such as http://127.0.0.1:4443.</source>
        <translation>ストレージエンドポイント %1 は正しくありません。http://127.0.0.1:4443 のように、ホストと任意のポートを持つ http または https の URL を指定してください。</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>全般(&amp;G)</translation>
    </message>
    <message>
        <source>C&amp;redentials</source>
        <translation>認証情報(&amp;R)</translation>
    </message>
    <message>
        <source>Press OK first: only saved settings are written to your profile.</source>
        <translation>先に「OK」を押してください。プロファイルに書き込まれるのは保存済みの設定だけです。</translation>
    </message>
    <message>
        <source>Write TFHUB_CACHE_DIR=%1 to your profile.</source>
        <translation>TFHUB_CACHE_DIR=%1 をプロファイルに書き込みます。</translation>
    </message>
    <message>
        <source>Press OK to save the changes above; then write them here.</source>
        <translation>上の変更を保存するには「OK」を押し、その後ここで書き込んでください。</translation>
    </message>
    <message>
        <source>A large archive (%1 or more) from a server that offers ranges is fetched over this many connections at once; its bytes are kept so that a stopped download resumes. Default: %2. HUBCACHE_PARALLEL_CONNECTIONS, if set, wins over this setting.</source>
        <translation>範囲リクエストに対応したサーバーからの大きなアーカイブ（%1 以上）は、この数の接続で同時に取得します。取得したデータは保持されるため、中断したダウンロードを再開できます。デフォルト: %2。HUBCACHE_PARALLEL_CONNECTIONS が設定されている場合は、この設定より優先されます。</translation>
    </message>
    <message>
        <source>Set by HUBCACHE_PARALLEL_CONNECTIONS=%1, which wins over this setting.</source>
        <translation>HUBCACHE_PARALLEL_CONNECTIONS=%1 で設定されており、この設定より優先されます。</translation>
    </message>
    <message>
        <source>Co&amp;nnections per download:</source>
        <translation>ダウンロードあたりの接続数(&amp;N):</translation>
    </message>
</context>
<context>
    <name>SmokeCommand</name>
    <message>
        <source>A model handle or a model folder.</source>
        <translation>モデルのハンドル、またはモデルフォルダ。</translation>
    </message>
    <message>
        <source>The signature to run (default: serving_default, else the first).</source>
        <translation>実行するシグネチャ（デフォルト: serving_default、なければ最初のもの）。</translation>
    </message>
    <message>
        <source>The meta graph&apos;s tags, comma-separated (default: serve).</source>
        <translation>メタグラフのタグ、カンマ区切り（デフォルト: serve）。</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>レポートを JSON で出力します。</translation>
    </message>
    <message>
        <source>The value of every element of numeric inputs (default: 0).</source>
        <translation>数値入力のすべての要素に設定する値（デフォルト: 0）。</translation>
    </message>
    <message>
        <source>Stop the TensorFlow helper after this many seconds (default: 600; 0: never).</source>
        <translation>指定した秒数が経過したら TensorFlow ヘルパーを停止します（デフォルト: 600、0: 停止しない）。</translation>
    </message>
    <message>
        <source>Load TensorFlow in this process instead of a helper process (a crash then ends hubcache).</source>
        <translation>ヘルパープロセスではなく、このプロセスで TensorFlow を読み込みます（クラッシュすると hubcache も終了します）。</translation>
    </message>
    <message>
        <source>Show TensorFlow&apos;s own log on standard error.</source>
        <translation>TensorFlow 自身のログを標準エラー出力に表示します。</translation>
    </message>
    <message>
        <source>The model&apos;s name in messages.</source>
        <translation>メッセージに表示するモデル名。</translation>
    </message>
    <message>
        <source>hubcache: %1</source>
        <translation>hubcache: %1</translation>
    </message>
    <message>
        <source>Try &apos;hubcache smoke --help&apos;.</source>
        <translation>&apos;hubcache smoke --help&apos; を実行してください。</translation>
    </message>
    <message>
        <source>smoke takes exactly one handle or model folder</source>
        <translation>smoke にはハンドルまたはモデルフォルダをちょうど 1 つ指定してください</translation>
    </message>
    <message>
        <source>--fill takes a number</source>
        <translation>--fill には数値を指定してください</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds</source>
        <translation>--timeout には秒数を指定してください</translation>
    </message>
    <message>
        <source>OK: the model loaded and ran.</source>
        <translation>OK: モデルを読み込んで実行できました。</translation>
    </message>
    <message>
        <source>hubcache: error: %1</source>
        <translation>hubcache: エラー: %1</translation>
    </message>
    <message>
        <source>The most memory all made-up inputs may take together, in bytes or with a K, M or G suffix (default: 256M).</source>
        <translation>仮の入力全体で使用できるメモリの上限。バイト単位、または K、M、G の接尾辞付きで指定（デフォルト: 256M）。</translation>
    </message>
    <message>
        <source>--max-input-size takes a size above 0 in bytes, or with a K, M or G suffix (such as 512M)</source>
        <translation>--max-input-size には 0 より大きいサイズを、バイト単位または K、M、G の接尾辞付き（512M など）で指定してください</translation>
    </message>
    <message>
        <source>Prove that a model loads and runs, without Python: resolve it (downloading if needed; in the UNCOMPRESSED load format or for a gs:// folder it is read in place from remote storage), load it with the TensorFlow C API in a helper process, reading every file through hubcache, run one signature on made-up inputs, and report times, bytes read (and from where) and each output&apos;s type and shape.</source>
        <translation>Python なしでモデルが読み込まれ実行できることを確かめます: resolve し (必要ならダウンロード。UNCOMPRESSED 読み込み形式や gs:// フォルダならリモートストレージからその場で読む)、補助プロセスで TensorFlow C API を使いすべてのファイルを hubcache 経由で読んで読み込み、作成した入力でシグネチャを 1 つ実行して、時間、読んだバイト数 (とその読み込み元)、各出力の型と形状を報告します。</translation>
    </message>
</context>
<context>
    <name>SmokeError</name>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>TensorFlow runtime not found: run scripts/setup-debian.sh --python, or set HUBCACHE_TENSORFLOW_DIR to the folder of libtensorflow_cc.so.2</source>
        <translation>TensorFlow ランタイムが見つかりません。scripts/setup-debian.sh --python を実行するか、HUBCACHE_TENSORFLOW_DIR に libtensorflow_cc.so.2 があるフォルダを設定してください</translation>
    </message>
    <message>
        <source>%1 has no meta graph with the tags &apos;%2&apos;; its tag sets are: %3 (choose one with --tags)</source>
        <translation>%1 にはタグ &apos;%2&apos; のメタグラフがありません。使用できるタグセット: %3（--tags で 1 つ選択してください）</translation>
    </message>
    <message>
        <source>%1 has no signature to run in the meta graph &apos;%2&apos; (only TensorFlow&apos;s internal ones)</source>
        <translation>%1 のメタグラフ &apos;%2&apos; には実行できるシグネチャがありません（TensorFlow 内部用のシグネチャのみ）</translation>
    </message>
    <message>
        <source>%1 has no signature &apos;%2&apos;; its signatures are: %3 (choose one with --signature)</source>
        <translation>%1 にはシグネチャ &apos;%2&apos; がありません。使用できるシグネチャ: %3（--signature で 1 つ選択してください）</translation>
    </message>
    <message>
        <source>Cannot make input &apos;%1&apos; of signature &apos;%2&apos; of %3</source>
        <translation>%3 のシグネチャ &apos;%2&apos; の入力 &apos;%1&apos; を作成できません</translation>
    </message>
    <message>
        <source>%1 cannot be loaded: its variables are incomplete; delete the cache entry (hubcache rm) and download it again</source>
        <translation>%1 を読み込めません: 変数が不完全です。キャッシュエントリを削除して（hubcache rm）、再度ダウンロードしてください</translation>
    </message>
    <message>
        <source>TensorFlow could not restore the variables of %1; delete the cache entry (hubcache rm) and download it again</source>
        <translation>TensorFlow が %1 の変数を復元できませんでした。キャッシュエントリを削除して（hubcache rm）、再度ダウンロードしてください</translation>
    </message>
    <message>
        <source>TensorFlow could not load %1</source>
        <translation>TensorFlow が %1 を読み込めませんでした</translation>
    </message>
    <message>
        <source>TensorFlow could not run signature &apos;%1&apos; of %2</source>
        <translation>TensorFlow が %2 のシグネチャ &apos;%1&apos; を実行できませんでした</translation>
    </message>
    <message>
        <source>The TensorFlow helper process crashed (%1) while loading or running %2; the model or the TensorFlow installation is faulty</source>
        <translation>%2 の読み込みまたは実行中に TensorFlow ヘルパープロセスがクラッシュしました（%1）。モデルまたは TensorFlow のインストールに問題があります</translation>
    </message>
    <message>
        <source>The TensorFlow helper process did not finish within %1 s for %2 and was stopped (raise --timeout for big models)</source>
        <translation>TensorFlow ヘルパープロセスが %2 の処理を %1 秒以内に終えなかったため、停止しました（大きなモデルでは --timeout を増やしてください）</translation>
    </message>
    <message>
        <source>The TensorFlow helper process for %1 failed</source>
        <translation>%1 の TensorFlow ヘルパープロセスが失敗しました</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <source>(no tags)</source>
        <translation>(タグなし)</translation>
    </message>
    <message>
        <source>variables/variables.index is missing</source>
        <translation>variables/variables.index がありません</translation>
    </message>
    <message>
        <source>variables/variables.data-* is missing</source>
        <translation>variables/variables.data-* がありません</translation>
    </message>
    <message>
        <source>variables/%1 is missing</source>
        <translation>variables/%1 がありません</translation>
    </message>
    <message>
        <source>inputs of type %1 cannot be made up</source>
        <translation>型 %1 の入力は仮の値で作成できません</translation>
    </message>
    <message>
        <source>its rank is unknown, so there is no shape to make it in</source>
        <translation>ランクが不明なため、入力を作成する形状を決められません</translation>
    </message>
    <message>
        <source>its shape has %1 dimensions, more than the %2 TensorFlow allows</source>
        <translation>形状の次元数が %1 で、TensorFlow が許容する %2 を超えています</translation>
    </message>
    <message>
        <source>its shape %1 needs more than %2 (the size does not fit in 64 bits)</source>
        <translation>形状 %1 には %2 を超える容量が必要です（サイズが 64 ビットに収まりません）</translation>
    </message>
    <message>
        <source>its shape %1 needs %2 (%3 bytes)</source>
        <translation>形状 %1 には %2（%3 バイト）が必要です</translation>
    </message>
    <message>
        <source>, the inputs before it %1</source>
        <translation>、それより前の入力で %1 を使用しています</translation>
    </message>
    <message>
        <source>%1%2, and all inputs together may take at most %3 (raise the limit with --max-input-size, or choose another signature)</source>
        <translation>%1%2。すべての入力の合計は最大 %3 までです（--max-input-size で上限を引き上げるか、別のシグネチャを選択してください）</translation>
    </message>
</context>
<context>
    <name>SmokeJob</name>
    <message>
        <source>it exited with code %1 without a report</source>
        <translation>レポートを出力せずに終了コード %1 で終了しました</translation>
    </message>
</context>
<context>
    <name>SmokeReport</name>
    <message>
        <source>Model:       %1</source>
        <translation>モデル:      %1</translation>
    </message>
    <message>
        <source>Folder:      %1 (%2)</source>
        <translation>フォルダ:    %1 (%2)</translation>
    </message>
    <message>
        <source>already on disk</source>
        <translation>ディスク上に既存</translation>
    </message>
    <message>
        <source>downloaded now</source>
        <translation>今回ダウンロード</translation>
    </message>
    <message>
        <source>TensorFlow:  %1 from %2</source>
        <translation>TensorFlow:  %1 (場所: %2)</translation>
    </message>
    <message>
        <source>Reads:       through hubcache&apos;s filesystem plugin (%1): %2 bytes in %3 files</source>
        <translation>読み取り:    hubcache のファイルシステムプラグイン経由 (%1): %3 ファイル、%2 バイト</translation>
    </message>
    <message>
        <source>Reads:       TensorFlow&apos;s own (plugin not used: %1): about %2 bytes</source>
        <translation>読み取り:    TensorFlow 自身による読み取り (プラグイン未使用: %1)、読み取りバイト数 (概算): %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Tags:        %1</source>
        <translation>タグ:        %1</translation>
    </message>
    <message>
        <source>Signature:   %1 (of %2)</source>
        <translation>シグネチャ:  %1 (全体: %2)</translation>
    </message>
    <message>
        <source>Load:        %1 ms</source>
        <translation>読み込み:    %1 ms</translation>
    </message>
    <message>
        <source>Run:         %1 ms</source>
        <translation>実行:        %1 ms</translation>
    </message>
    <message>
        <source>  input  %1: %2 %3 (declared %4)</source>
        <translation>  入力 %1: %2 %3 (宣言: %4)</translation>
    </message>
    <message>
        <source>  output %1: %2 %3</source>
        <translation>  出力 %1: %2 %3</translation>
    </message>
    <message>
        <source>Folder:      %1 (in remote storage, read in place)</source>
        <translation>フォルダ:    %1 (リモートストレージ、その場で読み込み)</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>Source:      %1 bytes read from %2 by hubcache&apos;s storage reader, %3 ms waiting, %4</source>
        <translation>読み込み元:  hubcache のストレージリーダーが %2 から %1 バイトを読み込み、待ち時間 %3 ms、%4</translation>
    </message>
</context>
<context>
    <name>SmokeRunner</name>
    <message>
        <source>the MetaGraphDef TensorFlow returned cannot be read: %1</source>
        <translation>TensorFlow が返した MetaGraphDef を読み取れません: %1</translation>
    </message>
    <message>
        <source>the graph has no tensor %1 (for &apos;%2&apos;)</source>
        <translation>グラフにテンソル %1 がありません（&apos;%2&apos; 用）</translation>
    </message>
    <message>
        <source>TensorFlow cannot allocate a %1 tensor of shape %2</source>
        <translation>TensorFlow が形状 %2 の %1 テンソルを割り当てられません</translation>
    </message>
    <message>
        <source>this hubcache was built without TensorFlow&apos;s headers; install the tensorflow-cpu wheel, then configure again (cmake) and rebuild</source>
        <translation>この hubcache は TensorFlow のヘッダーなしでビルドされています。tensorflow-cpu の wheel をインストールしてから、再度構成（cmake）して再ビルドしてください</translation>
    </message>
    <message>
        <source>%1 is in remote storage, which is read only through hubcache&apos;s filesystem plugin, and the plugin cannot be used: %2</source>
        <translation>%1 はリモートストレージにあり、hubcache のファイルシステムプラグイン経由でしか読めませんが、プラグインを使えません: %2</translation>
    </message>
</context>
<context>
    <name>SmokeTestDialog</name>
    <message>
        <source>&amp;Run Again</source>
        <translation>再実行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Smoke Test — %1</source>
        <translation>スモークテスト — %1</translation>
    </message>
    <message>
        <source>The signature to run; the default is serving_default, or the only one there is.</source>
        <translation>実行するシグネチャ。デフォルトは serving_default で、シグネチャが 1 つしかない場合はそのシグネチャです。</translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation>テンソル</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>値</translation>
    </message>
    <message>
        <source>The helper&apos;s log appears here.</source>
        <translation>ヘルパープロセスのログがここに表示されます。</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>シグネチャ:</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>ログ:</translation>
    </message>
    <message>
        <source>Cannot run the smoke test: %1 is missing.</source>
        <translation>スモークテストを実行できません: %1 がありません。</translation>
    </message>
    <message>
        <source>Loading %1 with TensorFlow in a separate process…</source>
        <translation>別プロセスで TensorFlow を使って %1 を読み込み中…</translation>
    </message>
    <message>
        <source>The smoke test process stopped before it could report (see the log).</source>
        <translation>スモークテストのプロセスが結果を報告する前に停止しました（ログを参照してください）。</translation>
    </message>
    <message>
        <source>The smoke test gave no report (see the log).</source>
        <translation>スモークテストから結果が報告されませんでした（ログを参照してください）。</translation>
    </message>
    <message>
        <source>TensorFlow %1</source>
        <translation>TensorFlow %1</translation>
    </message>
    <message>
        <source>loaded in %1 ms</source>
        <translation>読み込み %1 ms</translation>
    </message>
    <message>
        <source>ran in %1 ms</source>
        <translation>実行 %1 ms</translation>
    </message>
    <message>
        <source>%1 read through hubcache&apos;s file system plugin</source>
        <translation>hubcache のファイルシステムプラグイン経由で %1 を読み取り</translation>
    </message>
    <message>
        <source>read by TensorFlow directly (%1)</source>
        <translation>TensorFlow が直接読み取り（%1）</translation>
    </message>
    <message>
        <source>plugin not used</source>
        <translation>プラグイン未使用</translation>
    </message>
    <message>
        <source>declared %1</source>
        <translation>宣言: %1</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>OK: %1 loaded and ran signature &apos;%2&apos;.</source>
        <translation>OK: %1 を読み込み、シグネチャ &apos;%2&apos; を実行しました。</translation>
    </message>
    <message>
        <source>Available: %1</source>
        <translation>使用可能: %1</translation>
    </message>
    <message>
        <source>%1 read from %2 by hubcache</source>
        <translation>hubcache が %2 から %1 を読み込み</translation>
    </message>
    <message>
        <source> at %1/s</source>
        <translation>、%1/s</translation>
    </message>
    <message>
        <source>The value of every element of the numeric inputs (hubcache smoke --fill); string inputs stay empty. Press Enter or Run Again to run with it.</source>
        <translation>数値入力のすべての要素に設定する値です（hubcache smoke --fill）。文字列入力は空のままです。Enter キーか「再実行」を押すと、この値で実行します。</translation>
    </message>
    <message>
        <source>&amp;Fill inputs with:</source>
        <translation>入力に設定する値(&amp;F):</translation>
    </message>
    <message>
        <source>The fill value &apos;%1&apos; is not a number; type one such as 0, 1.5 or -1.</source>
        <translation>設定値 &apos;%1&apos; は数値ではありません。0、1.5、-1 などの数値を入力してください。</translation>
    </message>
    <message>
        <source>numeric inputs filled with %1</source>
        <translation>数値入力に %1 を設定</translation>
    </message>
    <message>
        <source>all %1</source>
        <translation>すべて %1</translation>
    </message>
</context>
<context>
    <name>TensorFlowRuntime</name>
    <message>
        <source>no %1 in %2</source>
        <translation>%2 に %1 がありません</translation>
    </message>
    <message>
        <source>cannot load %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 has no %2 (not a TensorFlow 2 C API library)</source>
        <translation>%1 に %2 がありません（TensorFlow 2 C API のライブラリではありません）</translation>
    </message>
    <message>
        <source>no folder to look in</source>
        <translation>検索するフォルダがありません</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>What takes the space in the cache folder; click a box to select the entry.</source>
        <translation>キャッシュフォルダの容量を占めているものです。ボックスをクリックするとそのエントリを選択します。</translation>
    </message>
    <message>
        <source>The cache folder is empty.</source>
        <translation>キャッシュフォルダは空です。</translation>
    </message>
</context>
<context>
    <name>UsageLegend</name>
    <message>
        <source>Area shows size:</source>
        <translation>面積はサイズを表します:</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>モデル %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) in progress</source>
        <translation>
            <numerusform>ダウンロード中 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken entry(s)</source>
        <translation>
            <numerusform>破損したエントリ %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leftover(s) (temp folders, stale locks)</source>
        <translation>
            <numerusform>残り %n 個（一時フォルダ、古いロック）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
</context>
<context>
    <name>hubcache</name>
    <message>
        <source>hubcache: error: cannot load the command line module %1 (%2). It is part of hubcache: reinstall hubcache.</source>
        <translation>hubcache: エラー: コマンドラインモジュール %1 を読み込めません（%2）。このモジュールは hubcache の一部です。hubcache を再インストールしてください。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse, prefetch, inspect and delete TensorFlow Hub models in the tensorflow_hub cache.</source>
        <translation>tensorflow_hub キャッシュ内の TensorFlow Hub モデルの参照、プリフェッチ、詳細表示、削除を行います。</translation>
    </message>
    <message>
        <source>Start the built-in offline demo model host.</source>
        <translation>組み込みのオフライン デモ用モデルホストを起動します。</translation>
    </message>
    <message>
        <source>Language (en, ko, es, ja); default: the setting, then the system&apos;s.</source>
        <translation>言語（en、ko、es、ja）。デフォルト: 設定値、なければシステムの言語。</translation>
    </message>
</context>
</TS>
