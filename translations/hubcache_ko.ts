<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>BrowsePage</name>
    <message>
        <source>&amp;Prefetch</source>
        <translation>미리 가져오기(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>검사(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>북마크(&amp;M)</translation>
    </message>
    <message>
        <source>Paste a tfhub.dev or Kaggle URL, any model archive URL, a gs:// path or a folder</source>
        <translation>tfhub.dev 또는 Kaggle URL, 모델 아카이브 URL, gs:// 경로 또는 폴더를 붙여넣으세요</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>가져오기(&amp;R)</translation>
    </message>
    <message>
        <source>Download the pasted handle into the cache (or find it there) and show it.</source>
        <translation>붙여넣은 핸들을 캐시에 다운로드하고(이미 캐시에 있으면 그것을 찾아) 표시합니다.</translation>
    </message>
    <message>
        <source>Search models (Ctrl+F)</source>
        <translation>모델 검색(Ctrl+F)</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>모든 출처</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>카탈로그</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>북마크</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>최근 항목</translation>
    </message>
    <message>
        <source>Demo hub</source>
        <translation>데모 허브</translation>
    </message>
    <message>
        <source>Open Catalog…</source>
        <translation>카탈로그 열기…</translation>
    </message>
    <message>
        <source>Load a JSON catalog of models (handle, title, publisher, description, size).</source>
        <translation>모델의 JSON 카탈로그(핸들, 제목, 게시자, 설명, 크기)를 불러옵니다.</translation>
    </message>
    <message>
        <source>Download the selected models into the cache (Ctrl+D).</source>
        <translation>선택한 모델을 캐시에 다운로드합니다(Ctrl+D).</translation>
    </message>
    <message>
        <source>Show the cached model&apos;s files and signatures (Ctrl+I).</source>
        <translation>캐시된 모델의 파일과 시그니처를 표시합니다(Ctrl+I).</translation>
    </message>
    <message>
        <source>Select a model to prefetch or inspect it.</source>
        <translation>미리 가져오거나 검사할 모델을 선택하세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n models selected.</source>
        <translation>
            <numerusform>모델 %n개가 선택되었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Smoke &amp;Test</source>
        <translation>스모크 테스트(&amp;T)</translation>
    </message>
    <message>
        <source>Load the model with TensorFlow in a separate process and run a signature on made-up inputs (Ctrl+T); downloads it first if needed.</source>
        <translation>별도 프로세스에서 TensorFlow로 모델을 로드하고, 임의로 만든 입력으로 시그니처를 실행합니다(Ctrl+T). 필요하면 먼저 다운로드합니다.</translation>
    </message>
    <message>
        <source>Ask the server where the pasted handle lives in remote storage (gs://) and show it; nothing is downloaded in uncompressed mode.</source>
        <translation>붙여 넣은 핸들이 원격 저장소(gs://)의 어디에 있는지 서버에 물어 표시합니다. 비압축 모드에서는 아무것도 다운로드하지 않습니다.</translation>
    </message>
    <message>
        <source>Uncompressed mode caches nothing: models are read from remote storage. Use Resolve to see where a model lives, or switch to Compressed mode to download it.</source>
        <translation>비압축 모드는 아무것도 캐시하지 않습니다. 모델은 원격 저장소에서 읽습니다. 모델의 위치를 보려면 확인을 사용하고, 다운로드하려면 압축 모드로 전환하세요.</translation>
    </message>
    <message>
        <source>Load the model with TensorFlow in a separate process and run a signature on made-up inputs (Ctrl+T); it is read in place from remote storage through hubcache, nothing is cached.</source>
        <translation>별도 프로세스에서 TensorFlow로 모델을 로드하고 임의의 입력으로 시그니처를 실행합니다(Ctrl+T). 모델은 hubcache를 통해 원격 저장소에서 그대로 읽히며 아무것도 캐시되지 않습니다.</translation>
    </message>
    <message>
        <source>Search &amp;Kaggle</source>
        <translation>Kaggle 검색(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;More Results</source>
        <translation>결과 더 보기(&amp;O)</translation>
    </message>
    <message>
        <source>Kaggle Models</source>
        <translation>Kaggle 모델</translation>
    </message>
    <message>
        <source>Search the public TensorFlow models on Kaggle; each variation is a handle to prefetch.</source>
        <translation>Kaggle의 공개 TensorFlow 모델을 검색합니다. 각 변형은 미리 가져올 수 있는 핸들입니다.</translation>
    </message>
    <message>
        <source>Search Kaggle Models for the text in the search box (Enter).</source>
        <translation>검색 상자의 텍스트로 Kaggle 모델을 검색합니다(Enter).</translation>
    </message>
    <message>
        <source>Fetch the next page of Kaggle results and add it to the list.</source>
        <translation>Kaggle 검색 결과의 다음 페이지를 가져와 목록에 추가합니다.</translation>
    </message>
    <message>
        <source>Type what you are looking for and press Enter to search Kaggle Models.</source>
        <translation>찾으려는 내용을 입력하고 Enter 키를 누르면 Kaggle 모델을 검색합니다.</translation>
    </message>
    <message>
        <source>Search Kaggle Models, then press Enter (Ctrl+F)</source>
        <translation>Kaggle 모델 검색 후 Enter 키를 누르세요(Ctrl+F)</translation>
    </message>
    <message>
        <source>Add the selected model to, or remove it from, your bookmarks (Ctrl+B).</source>
        <translation>선택한 모델을 북마크에 추가하거나 북마크에서 제거합니다(Ctrl+B).</translation>
    </message>
    <message>
        <source>Copy &amp;Handle</source>
        <translation>핸들 복사(&amp;H)</translation>
    </message>
    <message>
        <source>Remove &amp;Bookmark</source>
        <translation>북마크 제거(&amp;M)</translation>
    </message>
    <message>
        <source>No models match “%1”. Try other words, &lt;a href=&quot;kaggle&quot;&gt;search Kaggle Models&lt;/a&gt; for it, or &lt;a href=&quot;handle&quot;&gt;paste a handle&lt;/a&gt; above.</source>
        <translation>“%1”과(와) 일치하는 모델이 없습니다. 다른 단어를 입력하거나, &lt;a href=&quot;kaggle&quot;&gt;Kaggle 모델을 검색&lt;/a&gt;하거나, 위에 &lt;a href=&quot;handle&quot;&gt;핸들을 붙여넣으세요&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>No models from this source yet.</source>
        <translation>이 출처의 모델이 아직 없습니다.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No models to show yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;catalog&quot;&gt;Open a catalog&lt;/a&gt; of models (a JSON file, Ctrl+O),&lt;br&gt;&lt;a href=&quot;handle&quot;&gt;paste a handle&lt;/a&gt; from tfhub.dev or Kaggle in the field above,&lt;br&gt;or &lt;a href=&quot;kaggle&quot;&gt;search Kaggle Models&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Bookmarked and recently used models show here too.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;아직 표시할 모델이 없습니다.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;모델 &lt;a href=&quot;catalog&quot;&gt;카탈로그를 열거나&lt;/a&gt;(JSON 파일, Ctrl+O),&lt;br&gt;위 입력란에 tfhub.dev 또는 Kaggle의 &lt;a href=&quot;handle&quot;&gt;핸들을 붙여넣거나&lt;/a&gt;,&lt;br&gt;&lt;a href=&quot;kaggle&quot;&gt;Kaggle 모델을 검색&lt;/a&gt;하세요.&lt;/p&gt;&lt;p&gt;북마크한 모델과 최근에 사용한 모델도 여기에 표시됩니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CacheEntryModel</name>
    <message>
        <source>(no descriptor)</source>
        <translation>(디스크립터 없음)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>다운로드 날짜</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Space the entry takes on disk (allocated blocks), which is what deleting it frees.</source>
        <translation>항목이 디스크에서 차지하는 공간(할당된 블록)입니다. 항목을 삭제하면 이만큼 확보됩니다.</translation>
    </message>
    <message>
        <source>On Disk</source>
        <translation>디스크 사용량</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>미완료</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>방금</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n분 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n시간 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n일 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n개월 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n년 전</numerusform>
        </translation>
    </message>
    <message>
        <source>When a program last read the model&apos;s files: their newest access time. Linux updates it at most once a day (relatime), and never on a file system mounted with noatime. Models not used for a long time are the first to delete.</source>
        <translation>프로그램이 모델 파일을 마지막으로 읽은 시각, 즉 파일의 가장 최근 접근 시각입니다. Linux는 이 값을 하루에 최대 한 번만 갱신하며(relatime), noatime으로 마운트된 파일 시스템에서는 갱신하지 않습니다. 오랫동안 사용하지 않은 모델부터 삭제하는 것이 좋습니다.</translation>
    </message>
    <message>
        <source>Not known: objects in a gs:// bucket have no access time.</source>
        <translation>알 수 없음: gs:// 버킷의 객체에는 접근 시각이 없습니다.</translation>
    </message>
    <message>
        <source>Not known: this is no downloaded model.</source>
        <translation>알 수 없음: 다운로드된 모델이 아닙니다.</translation>
    </message>
    <message>
        <source>Not known: no file in the entry has an access time (it is empty or not a folder).</source>
        <translation>알 수 없음: 항목에 접근 시각이 있는 파일이 없습니다(비어 있거나 폴더가 아님).</translation>
    </message>
    <message>
        <source>Last Used</source>
        <translation>마지막 사용</translation>
    </message>
</context>
<context>
    <name>CachePage</name>
    <message>
        <source>&amp;Inspect</source>
        <translation>검사(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>폴더 열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Re-download</source>
        <translation>다시 다운로드(&amp;R)</translation>
    </message>
    <message>
        <source>Filter entries</source>
        <translation>항목 필터</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Delete the selected entries (Del); you are shown the space freed first.</source>
        <translation>선택한 항목을 삭제합니다(Del). 확보될 공간을 먼저 보여 줍니다.</translation>
    </message>
    <message>
        <source>Download a broken entry again.</source>
        <translation>손상된 항목을 다시 다운로드합니다.</translation>
    </message>
    <message>
        <source>&amp;Prune…</source>
        <translation>정리(&amp;P)…</translation>
    </message>
    <message>
        <source>Delete temp folders of interrupted downloads and locks of dead or stuck processes.</source>
        <translation>중단된 다운로드의 임시 폴더와, 종료되었거나 멈춘 프로세스의 잠금을 삭제합니다.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>새로 고침(&amp;E)</translation>
    </message>
    <message>
        <source>Cache folder: &lt;b&gt;%1&lt;/b&gt; (from %2)</source>
        <translation>캐시 폴더: &lt;b&gt;%1&lt;/b&gt; (출처: %2)</translation>
    </message>
    <message>
        <source>Disk: %1 free of %2</source>
        <translation>디스크: %2 중 %1 사용 가능</translation>
    </message>
    <message>
        <source>Disk: unknown</source>
        <translation>디스크: 알 수 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, %1</source>
        <translation>
            <numerusform>항목 %n개, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken</source>
        <translation>
            <numerusform>손상됨 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to prune</source>
        <translation>
            <numerusform>정리 대상 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Smoke &amp;Test</source>
        <translation>스모크 테스트(&amp;T)</translation>
    </message>
    <message>
        <source>Load the entry with TensorFlow in a separate process and run a signature (Ctrl+T).</source>
        <translation>별도 프로세스에서 TensorFlow로 항목을 로드하고 시그니처를 실행합니다(Ctrl+T).</translation>
    </message>
    <message>
        <source>Remote: bucket &lt;b&gt;%1&lt;/b&gt; in Google Cloud Storage (%2); no space on this disk is used</source>
        <translation>원격: Google Cloud Storage의 버킷 &lt;b&gt;%1&lt;/b&gt; (%2). 이 디스크의 공간은 사용하지 않습니다</translation>
    </message>
    <message>
        <source>Show the entry&apos;s files and signatures (Ctrl+I, Enter).</source>
        <translation>항목의 파일과 시그니처를 표시합니다(Ctrl+I, Enter).</translation>
    </message>
    <message>
        <source>Scan the cache folder again (F5).</source>
        <translation>캐시 폴더를 다시 검색합니다(F5).</translation>
    </message>
    <message>
        <source>Copy &amp;Handle</source>
        <translation>핸들 복사(&amp;H)</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>경로 복사(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Write to Profile</source>
        <translation>프로필에 쓰기(&amp;W)</translation>
    </message>
    <message>
        <source>Set TFHUB_CACHE_DIR to this folder in ~/.bashrc and environment.d, as Preferences does; new shells and new logins use it.</source>
        <translation>환경설정에서와 마찬가지로 ~/.bashrc와 environment.d에서 TFHUB_CACHE_DIR을 이 폴더로 설정합니다. 새 셸과 새 로그인부터 적용됩니다.</translation>
    </message>
    <message>
        <source>Your profile sets TFHUB_CACHE_DIR to this folder: Python started from a new shell, or after you log in again, uses it. Python started before that still uses %1.</source>
        <translation>프로필에서 TFHUB_CACHE_DIR을 이 폴더로 설정합니다. 새 셸에서 시작하거나 다시 로그인한 뒤 시작한 Python은 이 폴더를 사용합니다. 그 전에 시작한 Python은 여전히 %1을(를) 사용합니다.</translation>
    </message>
    <message>
        <source>Python uses another cache folder: %1. It does not see the models in this one and downloads them again. Write this folder to your profile so that Python uses it too.</source>
        <translation>Python은 다른 캐시 폴더를 사용합니다: %1. 이 폴더의 모델을 보지 못하고 다시 다운로드합니다. Python도 이 폴더를 사용하도록 이 폴더를 프로필에 쓰세요.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) from the cache and free %1?</source>
        <translation>
            <numerusform>캐시에서 항목 %n개를 삭제하고 %1을(를) 확보할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Entries</source>
        <translation>항목 삭제</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Some Entries Were Not Deleted</source>
        <translation>일부 항목을 삭제하지 못함</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <source>downloading</source>
        <translation>다운로드 중</translation>
    </message>
    <message>
        <source>not cached</source>
        <translation>캐시되지 않음</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>캐시됨</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>게시자</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>핸들</translation>
    </message>
    <message>
        <source>locating</source>
        <translation>위치 확인 중</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>원격</translation>
    </message>
    <message>
        <source>Uncompressed mode: the model is read from remote storage, nothing is cached. Resolve asks the server where it is.</source>
        <translation>비압축 모드: 모델은 원격 저장소에서 읽으며 아무것도 캐시하지 않습니다. 확인을 누르면 서버에 위치를 묻습니다.</translation>
    </message>
    <message>
        <source>Uncompressed mode: the model is read from %1; nothing is cached.</source>
        <translation>비압축 모드: 모델은 %1에서 읽으며 아무것도 캐시하지 않습니다.</translation>
    </message>
    <message>
        <source>The size of the download, as the catalog gives it.</source>
        <translation>카탈로그에 표시된 다운로드 크기입니다.</translation>
    </message>
    <message>
        <source>The space the cached model takes on disk.</source>
        <translation>캐시된 모델이 디스크에서 차지하는 공간입니다.</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>북마크됨</translation>
    </message>
    <message>
        <source>The size of the download, as the catalog gives it (empty when it does not say).</source>
        <translation>카탈로그에 표시된 다운로드 크기입니다(카탈로그에 없으면 비어 있음).</translation>
    </message>
    <message>
        <source>The space the model takes in the cache folder (empty when it is not cached).</source>
        <translation>모델이 캐시 폴더에서 차지하는 공간입니다(캐시되지 않았으면 비어 있음).</translation>
    </message>
    <message>
        <source>Download Size</source>
        <translation>다운로드 크기</translation>
    </message>
    <message>
        <source>Size on Disk</source>
        <translation>디스크 사용량</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>일시 중지됨</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>A tfhub.dev or Kaggle URL, any URL of a model archive, a gs:// path or a local folder.</source>
        <translation>tfhub.dev 또는 Kaggle URL, 모델 아카이브의 URL, gs:// 경로 또는 로컬 폴더.</translation>
    </message>
    <message>
        <source>Print no progress.</source>
        <translation>진행 상황을 출력하지 않습니다.</translation>
    </message>
    <message>
        <source>Download several models into the cache, a few at a time, and summarise.</source>
        <translation>여러 모델을 몇 개씩 동시에 캐시에 다운로드하고 결과를 요약합니다.</translation>
    </message>
    <message>
        <source>Model handles.</source>
        <translation>모델 핸들.</translation>
    </message>
    <message>
        <source>Read handles from FILE, one per line (&apos;-&apos; for standard input; # starts a comment).</source>
        <translation>FILE에서 핸들을 한 줄에 하나씩 읽습니다(&apos;-&apos;는 표준 입력, #부터는 주석).</translation>
    </message>
    <message>
        <source>List every entry of the cache folder with its handle, size, download time and state (complete, broken, downloading, orphaned temp, stale lock), and the totals.</source>
        <translation>캐시 폴더의 모든 항목을 핸들, 크기, 다운로드 시각, 상태(완료, 손상됨, 다운로드 중, 버려진 임시 폴더, 오래된 잠금)와 함께 나열하고 합계를 표시합니다.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>Show a cache entry: its descriptor, files and sizes, and the SavedModel&apos;s tags and signatures.</source>
        <translation>캐시 항목의 디스크립터, 파일과 크기, SavedModel의 태그와 시그니처를 표시합니다.</translation>
    </message>
    <message>
        <source>A handle, a cache key or a unique key prefix, or a model folder.</source>
        <translation>핸들, 캐시 키, 고유한 키 접두사 또는 모델 폴더.</translation>
    </message>
    <message>
        <source>Delete cache entries (the folder and its descriptor).</source>
        <translation>캐시 항목(폴더와 디스크립터)을 삭제합니다.</translation>
    </message>
    <message>
        <source>Handles, cache keys or unique key prefixes.</source>
        <translation>핸들, 캐시 키 또는 고유한 키 접두사.</translation>
    </message>
    <message>
        <source>Only say what would be deleted.</source>
        <translation>삭제될 대상만 표시하고 실제로 삭제하지는 않습니다.</translation>
    </message>
    <message>
        <source>Show the effective cache folder, load format and offline mode, and where each comes from.</source>
        <translation>실제로 적용되는 캐시 폴더, 로드 형식, 오프라인 모드와 각 설정의 출처를 표시합니다.</translation>
    </message>
    <message>
        <source>The cache folder (overrides TFHUB_CACHE_DIR).</source>
        <translation>캐시 폴더(TFHUB_CACHE_DIR보다 우선).</translation>
    </message>
    <message>
        <source>COMPRESSED, UNCOMPRESSED or AUTO (overrides TFHUB_MODEL_LOAD_FORMAT).</source>
        <translation>COMPRESSED, UNCOMPRESSED 또는 AUTO(TFHUB_MODEL_LOAD_FORMAT보다 우선).</translation>
    </message>
    <message>
        <source>Never use the network (also HUBCACHE_OFFLINE=1).</source>
        <translation>네트워크를 전혀 사용하지 않습니다(HUBCACHE_OFFLINE=1과 같음).</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>버전을 표시합니다.</translation>
    </message>
    <message>
        <source>hubcache: %1</source>
        <translation>hubcache: %1</translation>
    </message>
    <message>
        <source>Try &apos;hubcache --help&apos;.</source>
        <translation>&apos;hubcache --help&apos;를 실행해 보세요.</translation>
    </message>
    <message>
        <source>hubcache: error: %1</source>
        <translation>hubcache: 오류: %1</translation>
    </message>
    <message>
        <source>Usage: hubcache [global options] COMMAND [options]</source>
        <translation>사용법: hubcache [전역 옵션] COMMAND [옵션]</translation>
    </message>
    <message>
        <source>Resolve, download, cache and inspect TensorFlow Hub models, in the same cache as the tensorflow_hub Python library.</source>
        <translation>TensorFlow Hub 모델을 확인, 다운로드, 캐시, 검사합니다. tensorflow_hub Python 라이브러리와 같은 캐시를 사용합니다.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>전역 옵션:</translation>
    </message>
    <message>
        <source>  --tfhub_cache_dir DIR           the cache folder (default: $TFHUB_CACHE_DIR, then &lt;temp&gt;/tfhub_modules)</source>
        <translation>  --tfhub_cache_dir DIR           캐시 폴더(기본값: $TFHUB_CACHE_DIR, 없으면 &lt;임시 폴더&gt;/tfhub_modules)</translation>
    </message>
    <message>
        <source>  --tfhub_model_load_format FMT   COMPRESSED, UNCOMPRESSED or AUTO</source>
        <translation>  --tfhub_model_load_format FMT   COMPRESSED, UNCOMPRESSED 또는 AUTO</translation>
    </message>
    <message>
        <source>  --offline                       never use the network</source>
        <translation>  --offline                       네트워크를 전혀 사용하지 않음</translation>
    </message>
    <message>
        <source>&apos;hubcache COMMAND --help&apos; shows a command&apos;s options.</source>
        <translation>&apos;hubcache COMMAND --help&apos;로 명령별 옵션을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>알 수 없는 명령 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>resolve takes exactly one handle</source>
        <translation>resolve에는 핸들을 정확히 하나 지정해야 합니다</translation>
    </message>
    <message>
        <source>cannot read the list %1: %2</source>
        <translation>목록 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>prefetch needs at least one handle (or -f LIST)</source>
        <translation>prefetch에는 핸들이 하나 이상(또는 -f LIST) 필요합니다</translation>
    </message>
    <message>
        <source>--jobs takes a number from 1 to 32</source>
        <translation>--jobs에는 1에서 32 사이의 숫자를 지정해야 합니다</translation>
    </message>
    <message>
        <source>%1 downloaded (%2), %3 already cached, %4 failed.</source>
        <translation>%1개 다운로드됨(%2), %3개 이미 캐시됨, %4개 실패.</translation>
    </message>
    <message>
        <source>Cache folder: %1 (%2)</source>
        <translation>캐시 폴더: %1 (%2)</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>항목이 없습니다.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>DOWNLOADED</source>
        <translation>다운로드 시각</translation>
    </message>
    <message>
        <source>HANDLE</source>
        <translation>핸들</translation>
    </message>
    <message>
        <source>Total: %1 in %2 entries (%3).</source>
        <translation>합계: 항목 %2개, %1 (%3).</translation>
    </message>
    <message>
        <source>info takes one handle, cache key or folder</source>
        <translation>info에는 핸들, 캐시 키 또는 폴더를 하나 지정해야 합니다</translation>
    </message>
    <message>
        <source>Handle:     %1</source>
        <translation>핸들:     %1</translation>
    </message>
    <message>
        <source>(unknown: no descriptor)</source>
        <translation>(알 수 없음: 디스크립터 없음)</translation>
    </message>
    <message>
        <source>Key:        %1</source>
        <translation>키:       %1</translation>
    </message>
    <message>
        <source>Path:       %1</source>
        <translation>경로:     %1</translation>
    </message>
    <message>
        <source>State:      %1%2</source>
        <translation>상태:     %1%2</translation>
    </message>
    <message>
        <source>Downloaded: %1 by %2 (PID %3)</source>
        <translation>다운로드: %1, %2 (PID %3)</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>SavedModel: %1</source>
        <translation>SavedModel: %1</translation>
    </message>
    <message>
        <source>SavedModel: %1 (schema %2)%3</source>
        <translation>SavedModel: %1 (스키마 %2)%3</translation>
    </message>
    <message>
        <source>, TF1 Hub module</source>
        <translation>, TF1 Hub 모듈</translation>
    </message>
    <message>
        <source>  Tags: %1   (TensorFlow %2)</source>
        <translation>  태그: %1   (TensorFlow %2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>    Signature &apos;%1&apos;%2</source>
        <translation>    시그니처 &apos;%1&apos;%2</translation>
    </message>
    <message>
        <source>      input  %1: %2 %3</source>
        <translation>      입력 %1: %2 %3</translation>
    </message>
    <message>
        <source>      output %1: %2 %3</source>
        <translation>      출력 %1: %2 %3</translation>
    </message>
    <message>
        <source>rm needs at least one handle or cache key</source>
        <translation>rm에는 핸들 또는 캐시 키가 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>would remove %1 (%2) %3</source>
        <translation>삭제 예정: %1 (%2) %3</translation>
    </message>
    <message>
        <source>removed %1 (%2)</source>
        <translation>삭제함: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 would be freed.</source>
        <translation>확보될 공간: %1.</translation>
    </message>
    <message>
        <source>%1 freed.</source>
        <translation>확보된 공간: %1.</translation>
    </message>
    <message>
        <source>would remove %1</source>
        <translation>삭제 예정: %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>삭제함: %1</translation>
    </message>
    <message>
        <source>%1 items, %2 would be freed.</source>
        <translation>항목 %1개, 확보될 공간: %2.</translation>
    </message>
    <message>
        <source>%1 items removed, %2 freed.</source>
        <translation>항목 %1개 삭제함, 확보된 공간: %2.</translation>
    </message>
    <message>
        <source>Cache folder:  %1  (from %2)</source>
        <translation>캐시 폴더:       %1  (출처: %2)</translation>
    </message>
    <message>
        <source>Load format:   %1  (from %2)</source>
        <translation>로드 형식:       %1  (출처: %2)</translation>
    </message>
    <message>
        <source>Offline:       %1  (from %2)</source>
        <translation>오프라인:        %1  (출처: %2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>TLS checks:    %1</source>
        <translation>TLS 검사:        %1</translation>
    </message>
    <message>
        <source>OFF (TFHUB_DISABLE_CERT_VALIDATION=true)</source>
        <translation>꺼짐 (TFHUB_DISABLE_CERT_VALIDATION=true)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>켜짐</translation>
    </message>
    <message>
        <source>Lock timeout:  %1 s</source>
        <translation>잠금 시간 제한:  %1초</translation>
    </message>
    <message>
        <source>Disk:          %1 free of %2</source>
        <translation>디스크:          %2 중 %1 사용 가능</translation>
    </message>
    <message>
        <source>Python:        %1</source>
        <translation>Python:          %1</translation>
    </message>
    <message>
        <source>hubcache: warning: %1</source>
        <translation>hubcache: 경고: %1</translation>
    </message>
    <message>
        <source>ON DISK</source>
        <translation>디스크 사용량</translation>
    </message>
    <message>
        <source>Size:       %1 on disk in %2 files</source>
        <translation>크기:     디스크에서 %1 (파일 %2개)</translation>
    </message>
    <message>
        <source>  (sparse: %1 on disk)</source>
        <translation>  (스파스: 디스크에서 %1)</translation>
    </message>
    <message>
        <source>Model:      TFLite (no SavedModel to read)</source>
        <translation>모델:     TFLite (읽을 SavedModel 없음)</translation>
    </message>
    <message>
        <source>Print the local folder of a model, downloading and caching it first if needed. Only the path goes to standard output; progress goes to standard error. In the UNCOMPRESSED load format, print the model&apos;s gs:// location the server names instead; nothing is cached.</source>
        <translation>모델의 로컬 폴더를 출력합니다. 필요하면 먼저 다운로드하여 캐시합니다. 표준 출력에는 경로만, 진행 상황은 표준 오류로 나갑니다. UNCOMPRESSED 로드 형식에서는 대신 서버가 알려 주는 모델의 gs:// 위치를 출력하며 아무것도 캐시하지 않습니다.</translation>
    </message>
    <message>
        <source>Print JSON: the path, and whether it is remote or was cached.</source>
        <translation>JSON 출력: 경로, 그리고 원격인지 또는 캐시되어 있었는지.</translation>
    </message>
    <message>
        <source>hubcache: the UNCOMPRESSED load format caches nothing: models stay in remote storage. Only checking where each model lives.</source>
        <translation>hubcache: UNCOMPRESSED 로드 형식은 아무것도 캐시하지 않습니다. 모델은 원격 저장소에 남습니다. 각 모델의 위치만 확인합니다.</translation>
    </message>
    <message>
        <source>Nothing cached (UNCOMPRESSED load format): %1 in remote storage, %2 failed.</source>
        <translation>캐시된 것 없음(UNCOMPRESSED 로드 형식): 원격 저장소에 %1개, 실패 %2개.</translation>
    </message>
    <message>
        <source>               models stay in remote storage (gs://); resolve prints their location, nothing is cached</source>
        <translation>                 모델은 원격 저장소(gs://)에 남음. resolve는 위치를 출력하며 아무것도 캐시하지 않음</translation>
    </message>
    <message>
        <source>               remote: Google Cloud Storage at %1</source>
        <translation>                 원격: Google Cloud Storage (%1)</translation>
    </message>
    <message>
        <source>Store a credential in the system keychain: a bearer token or user name and password for https://HOST[:PORT], a service-account key (--key-file) or access token for a bucket, or your Kaggle user name and API key (--import takes KAGGLE_USERNAME/KAGGLE_KEY or ~/.kaggle/kaggle.json). The secret is read from standard input or a prompt that does not show it; it is only ever sent to the scheme, host and port it was stored for.</source>
        <translation>시스템 키체인에 자격 증명을 저장합니다: https://HOST[:PORT]용 Bearer 토큰 또는 사용자 이름과 비밀번호, 버킷용 서비스 계정 키(--key-file) 또는 액세스 토큰, 또는 Kaggle 사용자 이름과 API 키(--import는 KAGGLE_USERNAME/KAGGLE_KEY 또는 ~/.kaggle/kaggle.json에서 가져옴). 비밀 값은 표준 입력이나 입력 내용을 표시하지 않는 프롬프트에서 읽으며, 저장할 때 지정한 스킴, 호스트, 포트로만 전송됩니다.</translation>
    </message>
    <message>
        <source>Remove a stored credential from the system keychain.</source>
        <translation>시스템 키체인에서 저장된 자격 증명을 제거합니다.</translation>
    </message>
    <message>
        <source>List the stored credentials (never the secrets) and which ones environment variables override.</source>
        <translation>저장된 자격 증명(비밀 값은 표시하지 않음)과 그중 환경 변수가 우선하는 항목을 나열합니다.</translation>
    </message>
    <message>
        <source>Delete temp folders of interrupted downloads and locks of dead or stuck processes, and the kept bytes of paused downloads once they are a week old.</source>
        <translation>중단된 다운로드의 임시 폴더와, 종료되었거나 멈춘 프로세스의 잠금을 삭제합니다. 일시 중지된 다운로드에서 보관 중인 데이터도 일주일이 지나면 삭제합니다.</translation>
    </message>
    <message>
        <source>Also delete the kept bytes of paused downloads, however recent (they would be downloaded again).</source>
        <translation>일시 중지된 다운로드에서 보관 중인 데이터도 기간과 관계없이 삭제합니다(해당 부분은 다시 다운로드해야 합니다).</translation>
    </message>
    <message>
        <source>resumable: %1 of %2 received</source>
        <translation>이어받기 가능: %2 중 %1 받음</translation>
    </message>
    <message>
        <source>unreadable resume data; the next download starts over</source>
        <translation>이어받기 데이터를 읽을 수 없음. 다음 다운로드는 처음부터 시작함</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <source>%1 paused holding %2</source>
        <translation>일시 중지됨 %1개(%2 보관 중)</translation>
    </message>
    <message>
        <source>its entry is complete</source>
        <translation>해당 항목이 이미 완료됨</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <source>asked for</source>
        <translation>요청에 따름</translation>
    </message>
    <message>
        <source>older than %1 days</source>
        <translation>%1일보다 오래됨</translation>
    </message>
    <message>
        <source>paused download %1 (%2)</source>
        <translation>일시 중지된 다운로드 %1 (%2)</translation>
    </message>
    <message>
        <source>hubcache: error: %1 could not be deleted; check its permissions</source>
        <translation>hubcache: 오류: %1을(를) 삭제할 수 없습니다. 권한을 확인하세요</translation>
    </message>
    <message>
        <source>Kept %1 paused downloads holding %2 for resuming (less than %3 days old); delete them with: hubcache prune --resume-data</source>
        <translation>이어받기를 위해 일시 중지된 다운로드 %1개(%2 차지)를 남겨 두었습니다(%3일 미만). 삭제하려면: hubcache prune --resume-data</translation>
    </message>
    <message>
        <source>Connections:   %1 per download of %2 or more (HUBCACHE_PARALLEL_CONNECTIONS, HUBCACHE_PARALLEL_MIN_SIZE)</source>
        <translation>병렬 연결:       %2 이상인 다운로드마다 %1개 (HUBCACHE_PARALLEL_CONNECTIONS, HUBCACHE_PARALLEL_MIN_SIZE)</translation>
    </message>
    <message>
        <source>Download even when the cache folder&apos;s file system has less free space than the model needs (twice its archive), which is refused otherwise.</source>
        <translation>캐시 폴더의 파일 시스템에 모델에 필요한 공간(아카이브 크기의 두 배)보다 여유 공간이 적어도 다운로드합니다. 이 옵션이 없으면 다운로드를 거부합니다.</translation>
    </message>
    <message>
        <source>Downloads at once, each on its own kept-alive connection (default 16).</source>
        <translation>동시 다운로드 수. 각 다운로드는 자체 keep-alive 연결을 사용합니다(기본값 16).</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>마지막 사용</translation>
    </message>
</context>
<context>
    <name>CredentialsCommand</name>
    <message>
        <source>https://HOST[:PORT] (or HOST), gs://BUCKET, gs:// (every bucket) or kaggle.</source>
        <translation>https://HOST[:PORT](또는 HOST), gs://BUCKET, gs://(모든 버킷) 또는 kaggle.</translation>
    </message>
    <message>
        <source>A user name: basic credentials for a host; your Kaggle user name.</source>
        <translation>사용자 이름: 호스트의 Basic 자격 증명용, 또는 Kaggle 사용자 이름.</translation>
    </message>
    <message>
        <source>Read the secret from FILE: a service-account JSON key or an authorized_user JSON (refresh token) for gs://, kaggle.json for kaggle, a token for a host.</source>
        <translation>FILE에서 비밀 값을 읽습니다: gs://에는 서비스 계정 JSON 키 또는 authorized_user JSON(갱신 토큰), kaggle에는 kaggle.json, 호스트에는 토큰.</translation>
    </message>
    <message>
        <source>kaggle: import KAGGLE_USERNAME/KAGGLE_KEY, else ~/.kaggle/kaggle.json.</source>
        <translation>kaggle: KAGGLE_USERNAME/KAGGLE_KEY를 가져오고, 없으면 ~/.kaggle/kaggle.json을 가져옵니다.</translation>
    </message>
    <message>
        <source>What the credential was stored for, as given to login.</source>
        <translation>자격 증명을 저장한 대상(login에 지정한 값).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>hubcache: error: %1</source>
        <translation>hubcache: 오류: %1</translation>
    </message>
    <message>
        <source>hubcache: %1</source>
        <translation>hubcache: %1</translation>
    </message>
    <message>
        <source>Try &apos;hubcache --help&apos;.</source>
        <translation>&apos;hubcache --help&apos;를 실행해 보세요.</translation>
    </message>
    <message>
        <source>login takes exactly one HOST, gs://BUCKET or kaggle</source>
        <translation>login에는 HOST, gs://BUCKET 또는 kaggle을 정확히 하나 지정해야 합니다</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Importing the Kaggle key of %1 from KAGGLE_USERNAME/KAGGLE_KEY.</source>
        <translation>KAGGLE_USERNAME/KAGGLE_KEY에서 %1의 Kaggle 키를 가져옵니다.</translation>
    </message>
    <message>
        <source>nothing to import: KAGGLE_USERNAME/KAGGLE_KEY are not set and %1 cannot be used (%2)</source>
        <translation>가져올 것이 없습니다: KAGGLE_USERNAME/KAGGLE_KEY가 설정되어 있지 않고 %1을(를) 사용할 수 없습니다(%2)</translation>
    </message>
    <message>
        <source>Importing the Kaggle key of %1 from %2; you may delete that file now.</source>
        <translation>%2에서 %1의 Kaggle 키를 가져옵니다. 이제 그 파일은 삭제해도 됩니다.</translation>
    </message>
    <message>
        <source>Kaggle user name: </source>
        <translation>Kaggle 사용자 이름: </translation>
    </message>
    <message>
        <source>give your Kaggle user name with --user NAME</source>
        <translation>--user NAME으로 Kaggle 사용자 이름을 지정하세요</translation>
    </message>
    <message>
        <source>Kaggle API key (not shown): </source>
        <translation>Kaggle API 키(표시되지 않음): </translation>
    </message>
    <message>
        <source>no API key was given; nothing was stored</source>
        <translation>API 키가 입력되지 않아 아무것도 저장하지 않았습니다</translation>
    </message>
    <message>
        <source>OAuth access token for %1 (not shown): </source>
        <translation>%1의 OAuth 액세스 토큰(표시되지 않음): </translation>
    </message>
    <message>
        <source>no token was given; nothing was stored (use --key-file for a service-account key)</source>
        <translation>토큰이 입력되지 않아 아무것도 저장하지 않았습니다(서비스 계정 키는 --key-file을 사용하세요)</translation>
    </message>
    <message>
        <source>Bearer token for %1 (not shown): </source>
        <translation>%1의 Bearer 토큰(표시되지 않음): </translation>
    </message>
    <message>
        <source>Password of %1 for %2 (not shown): </source>
        <translation>%2에 대한 %1의 비밀번호(표시되지 않음): </translation>
    </message>
    <message>
        <source>no secret was given; nothing was stored</source>
        <translation>비밀 값이 입력되지 않아 아무것도 저장하지 않았습니다</translation>
    </message>
    <message>
        <source>Stored a %1 for %2 in the system keychain.</source>
        <translation>%2의 %1을(를) 시스템 키체인에 저장했습니다.</translation>
    </message>
    <message>
        <source>Note: %1 is set and is used instead while it is.</source>
        <translation>참고: %1이(가) 설정되어 있으므로, 설정되어 있는 동안에는 그 값이 대신 사용됩니다.</translation>
    </message>
    <message>
        <source>logout takes exactly one HOST, gs://BUCKET or kaggle</source>
        <translation>logout에는 HOST, gs://BUCKET 또는 kaggle을 정확히 하나 지정해야 합니다</translation>
    </message>
    <message>
        <source>no credential was stored for %1; &apos;hubcache credentials&apos; lists what is</source>
        <translation>%1에 대해 저장된 자격 증명이 없습니다. 저장된 항목은 &apos;hubcache credentials&apos;로 확인할 수 있습니다</translation>
    </message>
    <message>
        <source>Removed the credential for %1 from the system keychain.</source>
        <translation>시스템 키체인에서 %1의 자격 증명을 제거했습니다.</translation>
    </message>
    <message>
        <source>No credentials are stored. Add one with &apos;hubcache login HOST|gs://BUCKET|kaggle&apos;.</source>
        <translation>저장된 자격 증명이 없습니다. &apos;hubcache login HOST|gs://BUCKET|kaggle&apos;로 추가하세요.</translation>
    </message>
    <message>
        <source>  (overridden by %1)</source>
        <translation>  (%1이(가) 우선함)</translation>
    </message>
    <message>
        <source>  (the keychain does not give it: locked, or deleted elsewhere)</source>
        <translation>  (키체인에서 가져올 수 없음: 잠겨 있거나 다른 곳에서 삭제됨)</translation>
    </message>
    <message>
        <source>from the environment (%1)</source>
        <translation>환경 변수에서 지정(%1)</translation>
    </message>
    <message>
        <source>hubcache: warning: %1</source>
        <translation>hubcache: 경고: %1</translation>
    </message>
    <message>
        <source>hubcache: warning: going on without stored credentials: %1</source>
        <translation>hubcache: 경고: 저장된 자격 증명 없이 계속합니다: %1</translation>
    </message>
    <message>
        <source>Credentials:   Google Cloud Storage: %1</source>
        <translation>자격 증명:       Google Cloud Storage: %1</translation>
    </message>
    <message>
        <source>               Kaggle: %1</source>
        <translation>                 Kaggle: %1</translation>
    </message>
    <message>
        <source>               other hosts: %1</source>
        <translation>                 기타 호스트: %1</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>환경 변수</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>키체인</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>익명</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation>바꾸기(&amp;P)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>제거(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>테스트(&amp;T)</translation>
    </message>
    <message>
        <source>Secrets for private model hosts, buckets and Kaggle are kept in the system keychain, never in hubcache&apos;s settings. Each is only ever sent to the host it was stored for; a redirect to another host goes without it.</source>
        <translation>비공개 모델 호스트, 버킷, Kaggle의 비밀 값은 hubcache 설정이 아니라 시스템 키체인에 보관됩니다. 각 비밀 값은 저장할 때 지정한 호스트로만 전송되며, 다른 호스트로 리디렉션될 때는 함께 전송되지 않습니다.</translation>
    </message>
    <message>
        <source>For</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>gs:// (every bucket)</source>
        <translation>gs://(모든 버킷)</translation>
    </message>
    <message>
        <source>overridden by %1</source>
        <translation>%1이(가) 우선함</translation>
    </message>
    <message>
        <source>Storing in the system keychain…</source>
        <translation>시스템 키체인에 저장하는 중…</translation>
    </message>
    <message>
        <source>Stored the credential for %1.</source>
        <translation>%1의 자격 증명을 저장했습니다.</translation>
    </message>
    <message>
        <source>Removing from the system keychain…</source>
        <translation>시스템 키체인에서 제거하는 중…</translation>
    </message>
    <message>
        <source>Removed the credential for %1.</source>
        <translation>%1의 자격 증명을 제거했습니다.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 테스트 중…</translation>
    </message>
    <message>
        <source>%1: no token (anonymous access).</source>
        <translation>%1: 토큰 없음(익명 접근).</translation>
    </message>
    <message>
        <source>%1: the credential gives an access token (%2).</source>
        <translation>%1: 자격 증명으로 액세스 토큰을 얻었습니다(%2).</translation>
    </message>
    <message>
        <source>%1 refused the credential (HTTP %2): replace it with a valid one.</source>
        <translation>%1이(가) 자격 증명을 거부했습니다(HTTP %2). 유효한 자격 증명으로 바꾸세요.</translation>
    </message>
    <message>
        <source>%1 accepted the request (HTTP %2).</source>
        <translation>%1이(가) 요청을 수락했습니다(HTTP %2).</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Add Credential</source>
        <translation>자격 증명 추가</translation>
    </message>
    <message>
        <source>Replace Credential</source>
        <translation>자격 증명 바꾸기</translation>
    </message>
    <message>
        <source>https://host[:port], gs://bucket, gs:// or kaggle</source>
        <translation>https://호스트[:포트], gs://버킷, gs:// 또는 kaggle</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>Key File</source>
        <translation>키 파일</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 파일 (*.json)</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>대상(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>사용자 이름(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>비밀 값(&amp;S):</translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation>키 파일(&amp;F):</translation>
    </message>
    <message>
        <source>Give where the credential is for.</source>
        <translation>자격 증명을 사용할 대상을 지정하세요.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>This kind of credential does not fit %1.</source>
        <translation>이 종류의 자격 증명은 %1에 맞지 않습니다.</translation>
    </message>
    <message>
        <source>Fill in the user name and the secret (or a key file).</source>
        <translation>사용자 이름과 비밀 값(또는 키 파일)을 입력하세요.</translation>
    </message>
</context>
<context>
    <name>DemoHub</name>
    <message>
        <source>Half plus two</source>
        <translation>절반 더하기 2</translation>
    </message>
    <message>
        <source>y = 0.5·x + 2 on a float vector; two variables.</source>
        <translation>float 벡터에 대해 y = 0.5·x + 2를 계산합니다. 변수 2개.</translation>
    </message>
    <message>
        <source>Text length</source>
        <translation>텍스트 길이</translation>
    </message>
    <message>
        <source>Length of each string of a batch; a string input.</source>
        <translation>배치에 있는 각 문자열의 길이. 문자열 입력.</translation>
    </message>
    <message>
        <source>Two signatures</source>
        <translation>시그니처 2개</translation>
    </message>
    <message>
        <source>Scores and an embedding from the same features.</source>
        <translation>같은 특성에서 점수와 임베딩을 계산합니다.</translation>
    </message>
    <message>
        <source>No variables</source>
        <translation>변수 없음</translation>
    </message>
    <message>
        <source>Transposes a 2×2 matrix; a graph without variables.</source>
        <translation>2×2 행렬을 전치합니다. 변수가 없는 그래프.</translation>
    </message>
    <message>
        <source>Large assets (slow)</source>
        <translation>큰 애셋(느림)</translation>
    </message>
    <message>
        <source>Half plus two with a 96 MB asset, served slowly: watch the progress, try Cancel.</source>
        <translation>96MB 애셋이 포함된 절반 더하기 2 모델을 느리게 전송합니다. 진행 상황을 지켜보고 취소도 해 보세요.</translation>
    </message>
    <message>
        <source>Sign-in page (fails)</source>
        <translation>로그인 페이지(실패)</translation>
    </message>
    <message>
        <source>Answers with an HTML page instead of a model, as a captive portal or proxy would.</source>
        <translation>종속 포털이나 프록시처럼 모델 대신 HTML 페이지로 응답합니다.</translation>
    </message>
    <message>
        <source>A demo model, listed as Kaggle lists its models.</source>
        <translation>Kaggle이 모델을 나열하는 방식 그대로 나열한 데모 모델.</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>&amp;Show hubcache</source>
        <translation>hubcache 표시(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel All Downloads</source>
        <translation>모든 다운로드 취소(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>hubcache: no downloads running</source>
        <translation>hubcache: 진행 중인 다운로드 없음</translation>
    </message>
    <message numerus="yes">
        <source>hubcache: %n download(s), %1 %</source>
        <translation>
            <numerusform>hubcache: 다운로드 %n개, %1 %</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadsPage</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n초</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel &amp;All</source>
        <translation>모두 취소(&amp;A)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행률</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>남은 시간</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Cancel the selected downloads; nothing half-downloaded is left in the cache.</source>
        <translation>선택한 다운로드를 취소합니다. 다운로드하다 만 데이터는 캐시에 남지 않습니다.</translation>
    </message>
    <message>
        <source>C&amp;lear Finished</source>
        <translation>완료된 항목 지우기(&amp;L)</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Checking the cache…</source>
        <translation>캐시 확인 중…</translation>
    </message>
    <message>
        <source>Waiting for another download of this model…</source>
        <translation>이 모델의 다른 다운로드를 기다리는 중…</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>다운로드 중</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>마무리 중</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Already cached</source>
        <translation>이미 캐시됨</translation>
    </message>
    <message>
        <source>Downloaded again (the cached copy was broken)</source>
        <translation>다시 다운로드함(캐시된 사본이 손상됨)</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>다운로드 완료</translation>
    </message>
    <message>
        <source>No downloads yet. Prefetch models from the Browse page.</source>
        <translation>아직 다운로드가 없습니다. 둘러보기 페이지에서 모델을 미리 가져오세요.</translation>
    </message>
    <message>
        <source>%1 running, %2 queued — %3 of %4</source>
        <translation>진행 중 %1개, 대기 중 %2개 — %4 중 %3</translation>
    </message>
    <message>
        <source>In remote storage: %1</source>
        <translation>원격 저장소: %1</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>원격</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>다시 시도(&amp;R)</translation>
    </message>
    <message>
        <source>Download the selected failed or cancelled models again.</source>
        <translation>실패했거나 취소된 선택한 모델을 다시 다운로드합니다.</translation>
    </message>
    <message>
        <source>Remove the finished downloads from the list; the models stay in the cache.</source>
        <translation>완료된 다운로드를 목록에서 지웁니다. 모델은 캐시에 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>대기 중: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>In the cache: %1</source>
        <translation>캐시: %1</translation>
    </message>
    <message>
        <source>Copy &amp;Handle</source>
        <translation>핸들 복사(&amp;H)</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>경로 복사(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>폴더 열기(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>%n downloaded</source>
        <translation>
            <numerusform>%n개 다운로드됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already cached</source>
        <translation>
            <numerusform>%n개 이미 캐시됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in remote storage</source>
        <translation>
            <numerusform>원격 저장소에 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n개 실패</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n개 취소됨</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>이어받기(&amp;U)</translation>
    </message>
    <message>
        <source>Di&amp;scard</source>
        <translation>버리기(&amp;S)</translation>
    </message>
    <message>
        <source>Continue the selected paused downloads from the bytes kept in the cache.</source>
        <translation>선택한 일시 중지된 다운로드를 캐시에 보관된 데이터부터 이어서 받습니다.</translation>
    </message>
    <message>
        <source>Delete the bytes kept for the selected paused downloads; downloading them again starts from the beginning.</source>
        <translation>선택한 일시 중지된 다운로드에 보관된 데이터를 삭제합니다. 다시 다운로드하면 처음부터 시작합니다.</translation>
    </message>
    <message>
        <source>Resumed at %1</source>
        <translation>%1 지점부터 이어받음</translation>
    </message>
    <message>
        <source>Cancelled: %1 was not added to the cache. Retry downloads it again.</source>
        <translation>취소됨: %1은(는) 캐시에 추가되지 않았습니다. 다시 시도하면 다시 다운로드합니다.</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <source>Paused — its kept data is unreadable; Resume starts over</source>
        <translation>일시 중지됨 — 보관된 데이터를 읽을 수 없음. 이어받기하면 처음부터 다시 시작</translation>
    </message>
    <message>
        <source>Paused — %1 of %2</source>
        <translation>일시 중지됨 — %2 중 %1</translation>
    </message>
    <message>
        <source>Paused — %1</source>
        <translation>일시 중지됨 — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>일시 중지됨 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Kept in %3 (%2 on disk); Resume continues from there, Discard deletes it.</source>
        <translation>%1
%3에 보관되어 있습니다(디스크 사용량 %2). 이어받기를 누르면 거기서부터 계속하고, 버리기를 누르면 삭제합니다.</translation>
    </message>
</context>
<context>
    <name>EntryDetailsDialog</name>
    <message>
        <source>Details — %1</source>
        <translation>세부 정보 — %1</translation>
    </message>
    <message>
        <source>Handle:</source>
        <translation>핸들:</translation>
    </message>
    <message>
        <source>(unknown: no descriptor)</source>
        <translation>(알 수 없음: 디스크립터 없음)</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>폴더:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>크기:</translation>
    </message>
    <message>
        <source>%1 in %2 files</source>
        <translation>%1 (파일 %2개)</translation>
    </message>
    <message>
        <source>Downloaded:</source>
        <translation>다운로드 시각:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>다운로드한 곳:</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (프로세스 %2)</translation>
    </message>
    <message>
        <source>Descriptor:</source>
        <translation>디스크립터:</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>형상</translation>
    </message>
    <message>
        <source>SavedModel</source>
        <translation>SavedModel</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>태그: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>TensorFlow %1</source>
        <translation>TensorFlow %1</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>입력 %1</translation>
    </message>
    <message>
        <source>output %1</source>
        <translation>출력 %1</translation>
    </message>
    <message>
        <source>Reading the SavedModel from %1…</source>
        <translation>%1에서 SavedModel을 읽는 중…</translation>
    </message>
    <message>
        <source>Saved by:</source>
        <translation>저장에 사용한 버전:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation>마지막 사용:</translation>
    </message>
</context>
<context>
    <name>FilesystemPlugin</name>
    <message>
        <source>%1 (from HUBCACHE_TFPLUGIN) does not exist</source>
        <translation>%1(HUBCACHE_TFPLUGIN에서 지정)이(가) 존재하지 않음</translation>
    </message>
    <message>
        <source>%1 not found (looked in %2); build it with TensorFlow&apos;s headers, or set HUBCACHE_TFPLUGIN</source>
        <translation>%1을(를) 찾을 수 없음(찾아본 위치: %2). TensorFlow 헤더와 함께 빌드하거나 HUBCACHE_TFPLUGIN을 설정하세요</translation>
    </message>
    <message>
        <source>cannot load %1: %2</source>
        <translation>%1을(를) 로드할 수 없음: %2</translation>
    </message>
    <message>
        <source>%1 is not a hubcache TensorFlow plugin of this version (interface %2)</source>
        <translation>%1은(는) 이 버전의 hubcache TensorFlow 플러그인이 아님(인터페이스 %2)</translation>
    </message>
    <message>
        <source>the plugin refused the model folder %1</source>
        <translation>플러그인이 모델 폴더 %1을(를) 거부함</translation>
    </message>
    <message>
        <source>TensorFlow refused the filesystem plugin %1: %2</source>
        <translation>TensorFlow가 파일 시스템 플러그인 %1을(를) 거부함: %2</translation>
    </message>
</context>
<context>
    <name>HandleDrop</name>
    <message>
        <source>Nothing was dropped.</source>
        <translation>아무것도 놓이지 않았습니다.</translation>
    </message>
    <message>
        <source>Only a model URL, a gs:// path or a SavedModel folder can be dropped here.</source>
        <translation>여기에는 모델 URL, gs:// 경로 또는 SavedModel 폴더만 놓을 수 있습니다.</translation>
    </message>
    <message>
        <source>“%1” is not a model handle. Drop a tfhub.dev or Kaggle URL, an http(s) URL of a model archive, a gs:// path or a SavedModel folder.</source>
        <translation>“%1”은(는) 모델 핸들이 아닙니다. tfhub.dev 또는 Kaggle URL, 모델 아카이브의 http(s) URL, gs:// 경로 또는 SavedModel 폴더를 놓으세요.</translation>
    </message>
    <message>
        <source>%1 is not a model folder. Drop a folder that holds a SavedModel (saved_model.pb), or a model URL.</source>
        <translation>%1은(는) 모델 폴더가 아닙니다. SavedModel(saved_model.pb)이 들어 있는 폴더나 모델 URL을 놓으세요.</translation>
    </message>
    <message>
        <source>%1 looks like a cache folder, not a model. To use it, choose it as the cache folder in Settings.</source>
        <translation>%1은(는) 모델이 아니라 캐시 폴더로 보입니다. 사용하려면 환경설정에서 캐시 폴더로 선택하세요.</translation>
    </message>
    <message>
        <source>%1 is not a SavedModel folder (%2). Drop a folder that holds saved_model.pb, or a model URL.</source>
        <translation>%1은(는) SavedModel 폴더가 아닙니다(%2). saved_model.pb가 들어 있는 폴더나 모델 URL을 놓으세요.</translation>
    </message>
</context>
<context>
    <name>HubCache::ArchiveExtractor</name>
    <message>
        <source>the response body is empty</source>
        <translation>응답 본문이 비어 있음</translation>
    </message>
    <message>
        <source>no files in the archive</source>
        <translation>아카이브에 파일이 없음</translation>
    </message>
    <message>
        <source>the gzip stream ends early (truncated download)</source>
        <translation>gzip 스트림이 일찍 끝남(다운로드가 잘림)</translation>
    </message>
    <message>
        <source>hard link to &apos;%1&apos;</source>
        <translation>&apos;%1&apos;에 대한 하드 링크</translation>
    </message>
    <message>
        <source>symbolic link to &apos;%1&apos;</source>
        <translation>&apos;%1&apos;에 대한 심볼릭 링크</translation>
    </message>
    <message>
        <source>device file</source>
        <translation>장치 파일</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>유형 %1</translation>
    </message>
    <message>
        <source>tensorflow_hub models are tar archives, optionally gzip/bzip2/xz compressed</source>
        <translation>tensorflow_hub 모델은 tar 아카이브임(gzip/bzip2/xz로 압축될 수 있음)</translation>
    </message>
    <message>
        <source>the server sent a zip archive; %1</source>
        <translation>서버가 zip 아카이브를 보냄. %1</translation>
    </message>
    <message>
        <source>the server sent a 7z archive; %1</source>
        <translation>서버가 7z 아카이브를 보냄. %1</translation>
    </message>
    <message>
        <source>the server sent a RAR archive; %1</source>
        <translation>서버가 RAR 아카이브를 보냄. %1</translation>
    </message>
    <message>
        <source>the server sent a bare SavedModel file (saved_model.pb), not an archive of the model&apos;s folder; %1</source>
        <translation>서버가 모델 폴더의 아카이브가 아니라 SavedModel 파일(saved_model.pb) 하나만 보냄. %1</translation>
    </message>
    <message>
        <source>the server sent an HTML page (a login, consent or error page?) instead of the model archive; open the address in a browser to see it</source>
        <translation>서버가 모델 아카이브 대신 HTML 페이지(로그인, 동의 또는 오류 페이지?)를 보냄. 브라우저에서 주소를 열어 확인하세요</translation>
    </message>
    <message>
        <source>the server sent an XML document (an error message of a storage service?) instead of the model archive</source>
        <translation>서버가 모델 아카이브 대신 XML 문서(스토리지 서비스의 오류 메시지?)를 보냄</translation>
    </message>
    <message>
        <source>the server sent a JSON document (an error message of an API?) instead of the model archive</source>
        <translation>서버가 모델 아카이브 대신 JSON 문서(API의 오류 메시지?)를 보냄</translation>
    </message>
    <message>
        <source>the server sent something that is not a tar archive (a login or error page, or a cut-off download): %1</source>
        <translation>서버가 tar 아카이브가 아닌 것(로그인 페이지나 오류 페이지, 또는 중간에 끊긴 다운로드)을 보냄: %1</translation>
    </message>
    <message>
        <source>the archive is damaged or cut off at member &apos;%1&apos;: %2</source>
        <translation>아카이브가 멤버 &apos;%1&apos;에서 손상되었거나 잘림: %2</translation>
    </message>
    <message>
        <source>the archive is damaged: the tar header after member &apos;%1&apos; is corrupt (%2); download it again, and if that fails too, the archive on the server is broken</source>
        <translation>아카이브가 손상됨: 멤버 &apos;%1&apos; 다음의 tar 헤더가 손상되었습니다(%2). 다시 다운로드하고, 그래도 실패하면 서버에 있는 아카이브가 손상된 것입니다</translation>
    </message>
    <message>
        <source>its name is not valid UTF-8 (bytes shown as \xNN); a model&apos;s file names are UTF-8</source>
        <translation>이름이 유효한 UTF-8이 아님(바이트는 \xNN으로 표시). 모델의 파일 이름은 UTF-8이어야 함</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; has a name of %2 bytes; at most %3 are accepted</source>
        <translation>멤버 &apos;%1&apos;의 이름이 %2바이트임. 최대 %3바이트까지 허용됨</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; is %2 levels deep; at most %3 are accepted</source>
        <translation>멤버 &apos;%1&apos;의 깊이가 %2단계임. 최대 %3단계까지 허용됨</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; has a component of %2 bytes; at most %3 are accepted</source>
        <translation>멤버 &apos;%1&apos;에 %2바이트짜리 경로 구성 요소가 있음. 최대 %3바이트까지 허용됨</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; would bring the extracted files to %2, more than the %3 allowed; if the model is genuine, raise HUBCACHE_MAX_EXTRACTED_SIZE</source>
        <translation>멤버 &apos;%1&apos;을(를) 풀면 압축 해제된 파일이 %2이(가) 되어 허용된 %3을(를) 넘음. 정상적인 모델이라면 HUBCACHE_MAX_EXTRACTED_SIZE를 늘리세요</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; would bring the extracted files to %2 from %3 of archive read so far, %4 times as much; at most %5 times are allowed past the first %6; if the model is genuine, raise HUBCACHE_MAX_EXPANSION_RATIO</source>
        <translation>멤버 &apos;%1&apos;을(를) 풀면 지금까지 읽은 아카이브 %3에서 압축 해제된 파일이 %2이(가) 되어 %4배가 됨. 처음 %6 이후로는 최대 %5배까지 허용됨. 정상적인 모델이라면 HUBCACHE_MAX_EXPANSION_RATIO를 늘리세요</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2 more, only %3 are free</source>
        <translation>&apos;%1&apos;에 %2이(가) 더 필요하지만 %3만 사용 가능함</translation>
    </message>
    <message>
        <source>the archive is damaged: the sparse map of member &apos;%1&apos; goes backwards</source>
        <translation>아카이브가 손상됨: 멤버 &apos;%1&apos;의 스파스 맵이 뒤로 되돌아감</translation>
    </message>
</context>
<context>
    <name>HubCache::CacheEntry</name>
    <message>
        <source>complete</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>손상됨</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>다운로드 중</translation>
    </message>
    <message>
        <source>orphaned temp</source>
        <translation>버려진 임시 폴더</translation>
    </message>
    <message>
        <source>stale lock</source>
        <translation>오래된 잠금</translation>
    </message>
</context>
<context>
    <name>HubCache::CacheFolderCheck</name>
    <message>
        <source>%1; remove the write access of other users (chmod o-w, or the sticky bit: chmod +t)</source>
        <translation>%1. 다른 사용자의 쓰기 권한을 제거하세요(chmod o-w, 또는 스티키 비트 설정: chmod +t)</translation>
    </message>
    <message>
        <source>%1; to use it anyway, add its owner to HUBCACHE_TRUSTED_CACHE_OWNERS</source>
        <translation>%1. 그래도 사용하려면 소유자를 HUBCACHE_TRUSTED_CACHE_OWNERS에 추가하세요</translation>
    </message>
    <message>
        <source>it is a symbolic link made by user %1</source>
        <translation>사용자 %1이(가) 만든 심볼릭 링크임</translation>
    </message>
    <message>
        <source>a symbolic link to no folder</source>
        <translation>어떤 폴더도 가리키지 않는 심볼릭 링크</translation>
    </message>
    <message>
        <source>every user can write to it (mode %1)</source>
        <translation>모든 사용자가 쓸 수 있음(모드 %1)</translation>
    </message>
    <message>
        <source>it is owned by user %1, in the temp folder every user can write to</source>
        <translation>모든 사용자가 쓸 수 있는 임시 폴더 안에 있으며 소유자가 사용자 %1임</translation>
    </message>
    <message>
        <source>The cache folder %1 is owned by user %2 and writable by its group: they can put any model there. Set HUBCACHE_TRUSTED_CACHE_OWNERS=%2 if that is intended.</source>
        <translation>캐시 폴더 %1의 소유자는 사용자 %2이며 그룹도 쓸 수 있습니다. 이들은 어떤 모델이든 넣을 수 있습니다. 의도한 것이라면 HUBCACHE_TRUSTED_CACHE_OWNERS=%2을(를) 설정하세요.</translation>
    </message>
    <message>
        <source>The cache folder %1 is owned by user %2: they can put any model there. Set HUBCACHE_TRUSTED_CACHE_OWNERS=%2 if that is intended.</source>
        <translation>캐시 폴더 %1의 소유자는 사용자 %2입니다. 이 사용자는 어떤 모델이든 넣을 수 있습니다. 의도한 것이라면 HUBCACHE_TRUSTED_CACHE_OWNERS=%2을(를) 설정하세요.</translation>
    </message>
    <message>
        <source>it is writable by its group and not ours, in the temp folder every user can write to</source>
        <translation>내 소유가 아니면서 그룹이 쓸 수 있고, 모든 사용자가 쓸 수 있는 임시 폴더 안에 있음</translation>
    </message>
    <message>
        <source>The cache folder %1 is writable by every user (sticky): only entries of your own, root&apos;s or trusted owners&apos; are used.</source>
        <translation>캐시 폴더 %1은(는) 모든 사용자가 쓸 수 있습니다(스티키 비트 설정됨). 본인, root 또는 신뢰할 수 있는 소유자의 항목만 사용됩니다.</translation>
    </message>
    <message>
        <source>The cache folder %1 is shared: every member of its group can put a model there.</source>
        <translation>캐시 폴더 %1은(는) 공유 폴더입니다. 그룹의 모든 구성원이 모델을 넣을 수 있습니다.</translation>
    </message>
    <message>
        <source>it was made by user %1, who should not be able to write into this cache folder</source>
        <translation>이 캐시 폴더에 쓸 수 없어야 하는 사용자 %1이(가) 만들었음</translation>
    </message>
</context>
<context>
    <name>HubCache::CacheMoveJob</name>
    <message>
        <source>%1: being downloaded</source>
        <translation>%1: 다운로드 중</translation>
    </message>
    <message>
        <source>%1: already in the new folder</source>
        <translation>%1: 이미 새 폴더에 있음</translation>
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
        <translation>%1은(는) 모델 카탈로그가 아닙니다: %2. 카탈로그는 &quot;handle&quot;, &quot;title&quot;, &quot;publisher&quot;, &quot;description&quot;, &quot;size&quot;를 가진 객체의 JSON 배열입니다.</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1(%2바이트 위치)</translation>
    </message>
    <message>
        <source>expected a list of models</source>
        <translation>모델 목록이어야 함</translation>
    </message>
    <message>
        <source>model %1 has no &quot;handle&quot;</source>
        <translation>%1번째 모델에 &quot;handle&quot;이 없음</translation>
    </message>
</context>
<context>
    <name>HubCache::Configuration</name>
    <message>
        <source>command line</source>
        <translation>명령줄</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>환경 변수</translation>
    </message>
    <message>
        <source>app setting</source>
        <translation>앱 설정</translation>
    </message>
    <message>
        <source>default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>hub.load() and hub.resolve() download each model once as a compressed archive and cache it in %1 (%2).</source>
        <translation>hub.load()와 hub.resolve()는 각 모델을 압축된 아카이브로 한 번 다운로드하여 %1에 캐시합니다(%2).</translation>
    </message>
    <message>
        <source>from TFHUB_CACHE_DIR</source>
        <translation>TFHUB_CACHE_DIR에서 지정</translation>
    </message>
    <message>
        <source>the default, in the temp folder: it may be cleaned on reboot</source>
        <translation>기본값, 임시 폴더 안: 재부팅 시 정리될 수 있음</translation>
    </message>
    <message>
        <source>hub.load() reads models straight from Google Cloud Storage (TFHUB_MODEL_LOAD_FORMAT=UNCOMPRESSED); nothing is cached.</source>
        <translation>hub.load()는 Google Cloud Storage에서 모델을 직접 읽습니다(TFHUB_MODEL_LOAD_FORMAT=UNCOMPRESSED). 아무것도 캐시되지 않습니다.</translation>
    </message>
    <message>
        <source>TFHUB_MODEL_LOAD_FORMAT=%1 is not a valid value; Python does not check it and behaves as for COMPRESSED.</source>
        <translation>TFHUB_MODEL_LOAD_FORMAT=%1은(는) 유효한 값이 아닙니다. Python은 이 값을 검사하지 않고 COMPRESSED일 때처럼 동작합니다.</translation>
    </message>
    <message>
        <source>%1=%2 is not valid: give a number of %3 from %4 to %5</source>
        <translation>%1=%2은(는) 유효한 값이 아닙니다. %4에서 %5 사이의 숫자(%3)를 지정하세요</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>밀리초</translation>
    </message>
    <message>
        <source>bytes per second</source>
        <translation>초당 바이트 수</translation>
    </message>
    <message>
        <source>retries</source>
        <translation>재시도 횟수</translation>
    </message>
    <message>
        <source>HUBCACHE_RETRIES=%1 is not valid: give a whole number of retries from 0 to 100</source>
        <translation>HUBCACHE_RETRIES=%1은(는) 유효한 값이 아닙니다. 재시도 횟수를 0에서 100 사이의 정수로 지정하세요</translation>
    </message>
    <message>
        <source>times the archive&apos;s size</source>
        <translation>아카이브 크기의 배수</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>바이트</translation>
    </message>
    <message>
        <source>HUBCACHE_TRUSTED_CACHE_OWNERS=%1 is not valid: &apos;%2&apos; is no user on this system; give user names or numeric user ids separated by commas</source>
        <translation>HUBCACHE_TRUSTED_CACHE_OWNERS=%1은(는) 유효한 값이 아닙니다. &apos;%2&apos;은(는) 이 시스템의 사용자가 아닙니다. 사용자 이름 또는 숫자 사용자 ID를 쉼표로 구분하여 지정하세요</translation>
    </message>
    <message>
        <source>%1=%2 is not valid: give an http or https URL with a host and optional port and nothing else, such as https://storage.googleapis.com or http://127.0.0.1:4443</source>
        <translation>%1=%2은(는) 올바르지 않습니다: 호스트와 선택적 포트만 있는 http 또는 https URL을 지정하세요(예: https://storage.googleapis.com 또는 http://127.0.0.1:4443)</translation>
    </message>
    <message>
        <source>The storage endpoint setting</source>
        <translation>저장소 엔드포인트 설정</translation>
    </message>
    <message>
        <source>HUBCACHE_KAGGLE_API=%1 is not valid: give an http or https URL with a host and optional port and path, such as https://www.kaggle.com/api/v1</source>
        <translation>HUBCACHE_KAGGLE_API=%1은(는) 올바르지 않습니다: 호스트와 선택적 포트 및 경로가 있는 http 또는 https URL을 지정하세요(예: https://www.kaggle.com/api/v1)</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>연결 수</translation>
    </message>
    <message>
        <source>HUBCACHE_PARALLEL_CONNECTIONS=%1 is not valid: give a whole number of connections from 1 to 16</source>
        <translation>HUBCACHE_PARALLEL_CONNECTIONS=%1은(는) 유효한 값이 아닙니다. 연결 수를 1에서 16 사이의 정수로 지정하세요</translation>
    </message>
</context>
<context>
    <name>HubCache::Credential</name>
    <message>
        <source>give a bucket (gs://BUCKET) without an object path</source>
        <translation>객체 경로 없이 버킷(gs://BUCKET)만 지정하세요</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host (https://host[:port]), a bucket (gs://BUCKET) or &apos;kaggle&apos;</source>
        <translation>&apos;%1&apos;은(는) 호스트(https://host[:port]), 버킷(gs://BUCKET), &apos;kaggle&apos; 중 어느 것도 아닙니다</translation>
    </message>
    <message>
        <source>give only scheme, host and port (https://host[:port]), without user, path or query</source>
        <translation>사용자, 경로, 쿼리 없이 스킴, 호스트, 포트(https://host[:port])만 지정하세요</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>bearer token</source>
        <translation>Bearer 토큰</translation>
    </message>
    <message>
        <source>user name and password</source>
        <translation>사용자 이름과 비밀번호</translation>
    </message>
    <message>
        <source>Kaggle user name and API key</source>
        <translation>Kaggle 사용자 이름과 API 키</translation>
    </message>
    <message>
        <source>service-account key</source>
        <translation>서비스 계정 키</translation>
    </message>
    <message>
        <source>OAuth access token</source>
        <translation>OAuth 액세스 토큰</translation>
    </message>
    <message>
        <source>OAuth refresh token</source>
        <translation>OAuth 갱신 토큰</translation>
    </message>
</context>
<context>
    <name>HubCache::CredentialStore</name>
    <message>
        <source>%1 has no &quot;username&quot; and &quot;key&quot;</source>
        <translation>%1에 &quot;username&quot;과 &quot;key&quot;가 없습니다</translation>
    </message>
</context>
<context>
    <name>HubCache::DirectHttpReply</name>
    <message>
        <source>%1 is not an http or https URL</source>
        <translation>%1은(는) http 또는 https URL이 아님</translation>
    </message>
    <message>
        <source>%1 has no host</source>
        <translation>%1에 호스트가 없음</translation>
    </message>
    <message>
        <source>TLS is not available (no TLS backend could be loaded), so %1 cannot be downloaded</source>
        <translation>TLS를 사용할 수 없어(TLS 백엔드를 불러오지 못함) %1을(를) 다운로드할 수 없음</translation>
    </message>
    <message>
        <source>the caching proxy %1:%2 cannot tunnel %3; configure an HTTP (CONNECT) or SOCKS5 proxy for https instead</source>
        <translation>캐싱 프록시 %1:%2은(는) %3을(를) 터널링할 수 없음. https에는 HTTP(CONNECT) 또는 SOCKS5 프록시를 설정하세요</translation>
    </message>
    <message>
        <source>the proxy configured for %1 (%2:%3) is of a kind that cannot carry this download; configure an HTTP or SOCKS5 proxy instead</source>
        <translation>%1에 설정된 프록시(%2:%3)는 이 다운로드를 전달할 수 없는 종류임. HTTP 또는 SOCKS5 프록시를 설정하세요</translation>
    </message>
    <message>
        <source>could not reach %1 through the proxy %2:%3 (%4); check the proxy settings (https_proxy, http_proxy, all_proxy, no_proxy or the system&apos;s)</source>
        <translation>프록시 %2:%3을(를) 통해 %1에 연결하지 못함(%4). 프록시 설정(https_proxy, http_proxy, all_proxy, no_proxy 또는 시스템 설정)을 확인하세요</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>%1과(와)의 TLS 핸드셰이크 실패: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection before its answer&apos;s headers were complete</source>
        <translation>%1이(가) 응답 헤더를 다 보내기 전에 연결을 닫음</translation>
    </message>
    <message>
        <source>%1 closed the connection after %2 of %3 bytes</source>
        <translation>%1이(가) %3바이트 중 %2바이트 후에 연결을 닫음</translation>
    </message>
    <message>
        <source>%1 closed the connection after %2 bytes, before the end of the chunked body</source>
        <translation>%1이(가) %2바이트 후, 청크 본문이 끝나기 전에 연결을 닫음</translation>
    </message>
    <message>
        <source>%1 sent a line longer than %2 bytes in its chunked body</source>
        <translation>%1이(가) 청크 본문에 %2바이트보다 긴 줄을 보냄</translation>
    </message>
    <message>
        <source>%1 sent an answer whose headers are larger than %2 KB; this is not a download server&apos;s answer</source>
        <translation>%1이(가) 헤더가 %2KB보다 큰 응답을 보냄. 다운로드 서버의 응답이 아님</translation>
    </message>
    <message>
        <source>%1 did not answer in HTTP/1.x (its answer begins with &quot;%2&quot;)</source>
        <translation>%1이(가) HTTP/1.x로 응답하지 않음(응답이 &quot;%2&quot;(으)로 시작함)</translation>
    </message>
    <message>
        <source>%1 sent more than %2 interim (1xx) answers without a final one</source>
        <translation>%1이(가) 최종 응답 없이 중간(1xx) 응답을 %2개보다 많이 보냄</translation>
    </message>
    <message>
        <source>%1 switched protocols (101) though the request did not ask it to</source>
        <translation>요청하지 않았는데 %1이(가) 프로토콜을 전환함(101)</translation>
    </message>
    <message>
        <source>%1 sent an invalid Content-Length (%2)</source>
        <translation>%1이(가) 잘못된 Content-Length(%2)를 보냄</translation>
    </message>
    <message>
        <source>%1 sent a malformed chunk size (&quot;%2&quot;)</source>
        <translation>%1이(가) 잘못된 청크 크기(&quot;%2&quot;)를 보냄</translation>
    </message>
    <message>
        <source>%1 sent a chunk longer than its announced size</source>
        <translation>%1이(가) 알린 크기보다 긴 청크를 보냄</translation>
    </message>
    <message>
        <source>Error transferring %1 - server replied: %2</source>
        <translation>%1 전송 중 오류 - 서버 응답: %2</translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation>작업이 취소됨</translation>
    </message>
</context>
<context>
    <name>HubCache::DownloadJob</name>
    <message>
        <source>no data for %1 s</source>
        <translation>%1초 동안 데이터 없음</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation>%2바이트 중 %1바이트를 받은 뒤 연결이 끊김</translation>
    </message>
    <message>
        <source>%1 — retrying in %2 s</source>
        <translation>%1 — %2초 후에 다시 시도합니다</translation>
    </message>
    <message>
        <source>the server resumed at the wrong place (%1) instead of byte %2</source>
        <translation>서버가 바이트 %2 대신 잘못된 위치(%1)에서 이어받기를 했습니다</translation>
    </message>
    <message>
        <source>%1 — resuming at %2 of %3 bytes in %4 s</source>
        <translation>%1 — %4초 후 %3바이트 중 %2바이트부터 이어받습니다</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>the redirect&apos;s Location header is unreadable: the answer&apos;s headers are larger than the HTTP client accepts (100 KB)</source>
        <translation>리디렉션의 Location 헤더를 읽을 수 없음: 응답 헤더가 HTTP 클라이언트가 허용하는 크기(100 KB)보다 큼</translation>
    </message>
    <message>
        <source>the server sent a whole body (status %1) instead of the rest from byte %2 (the file may have changed)</source>
        <translation>서버가 바이트 %2부터의 나머지 대신 전체 본문(상태 %1)을 보냈습니다(파일이 바뀌었을 수 있습니다)</translation>
    </message>
    <message>
        <source>the server resumed without a usable Content-Range (%1)</source>
        <translation>서버가 사용할 수 있는 Content-Range 없이 이어받기를 했습니다(%1)</translation>
    </message>
    <message>
        <source>the file&apos;s length changed from %1 to %2 bytes</source>
        <translation>파일 길이가 %1바이트에서 %2바이트로 바뀌었습니다</translation>
    </message>
    <message>
        <source>the file changed on the server: its ETag is %1 now, was %2</source>
        <translation>서버의 파일이 바뀌었습니다: ETag 값이 %2에서 %1(으)로 바뀌었습니다</translation>
    </message>
    <message>
        <source>the file changed on the server: its Last-Modified is %1 now, was %2</source>
        <translation>서버의 파일이 바뀌었습니다: Last-Modified 값이 %2에서 %1(으)로 바뀌었습니다</translation>
    </message>
    <message>
        <source>%1; the download cannot start over: its %2 attempts are used up (HUBCACHE_RETRIES)</source>
        <translation>%1. 다운로드를 처음부터 다시 시작할 수 없습니다: 시도 횟수 %2회를 모두 사용했습니다(HUBCACHE_RETRIES)</translation>
    </message>
    <message>
        <source>%1; the download cannot start over because %2 could not be emptied</source>
        <translation>%1. %2을(를) 비울 수 없어 다운로드를 처음부터 다시 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>%1 — starting over from the beginning in %2 s</source>
        <translation>%1 — %2초 후에 처음부터 다시 시작합니다</translation>
    </message>
    <message>
        <source>%1 B/s over the last %2 s, below HUBCACHE_MIN_SPEED=%3 B/s</source>
        <translation>최근 %2초 동안 %1 B/s로, HUBCACHE_MIN_SPEED=%3 B/s보다 느림</translation>
    </message>
    <message>
        <source>the server switched protocols (101) though the request did not ask it to</source>
        <translation>요청하지 않았는데도 서버가 프로토콜을 전환했습니다(101)</translation>
    </message>
    <message>
        <source>the server sent an interim answer (%1) that could not be told from the final one</source>
        <translation>서버가 최종 응답과 구별할 수 없는 중간 응답(%1)을 보냄</translation>
    </message>
    <message>
        <source>it was left by a download of %1</source>
        <translation>%1의 다운로드가 남긴 데이터임</translation>
    </message>
    <message>
        <source>%1: the data kept from an earlier attempt is of no use (%2); downloading from the start</source>
        <translation>%1: 이전 시도에서 보관한 데이터를 사용할 수 없습니다(%2). 처음부터 다운로드합니다</translation>
    </message>
    <message>
        <source>%1 changed on the server since the earlier attempt; downloading it again from the start</source>
        <translation>이전 시도 이후 서버에서 %1이(가) 바뀌었습니다. 처음부터 다시 다운로드합니다</translation>
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
        <translation>사용자가 취소했습니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a model handle; give a tfhub.dev or Kaggle URL, a gs:// path or a local folder</source>
        <translation>&apos;%1&apos;은(는) 모델 핸들이 아닙니다. tfhub.dev 또는 Kaggle URL, gs:// 경로 또는 로컬 폴더를 지정하세요</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1이(가) 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>%1: this kind of handle is not supported yet</source>
        <translation>%1: 이 종류의 핸들은 아직 지원되지 않습니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid model load format; use COMPRESSED, UNCOMPRESSED or AUTO (check TFHUB_MODEL_LOAD_FORMAT and --tfhub_model_load_format)</source>
        <translation>&apos;%1&apos;은(는) 유효한 모델 로드 형식이 아닙니다. COMPRESSED, UNCOMPRESSED 또는 AUTO를 사용하세요(TFHUB_MODEL_LOAD_FORMAT과 --tfhub_model_load_format을 확인하세요)</translation>
    </message>
    <message>
        <source>Invalid configuration</source>
        <translation>잘못된 구성</translation>
    </message>
    <message>
        <source>%1 is not in the cache and offline mode is on (--offline or HUBCACHE_OFFLINE); turn offline mode off to download it</source>
        <translation>%1이(가) 캐시에 없고 오프라인 모드가 켜져 있습니다(--offline 또는 HUBCACHE_OFFLINE). 다운로드하려면 오프라인 모드를 끄세요</translation>
    </message>
    <message>
        <source>Cannot download %1: host %2 not found; check the handle and your network or proxy settings</source>
        <translation>%1을(를) 다운로드할 수 없습니다: 호스트 %2을(를) 찾을 수 없습니다. 핸들과 네트워크 또는 프록시 설정을 확인하세요</translation>
    </message>
    <message>
        <source>Cannot download %1: %2 refused the connection; is the server up?</source>
        <translation>%1을(를) 다운로드할 수 없습니다: %2이(가) 연결을 거부했습니다. 서버가 실행 중인지 확인하세요</translation>
    </message>
    <message>
        <source>Cannot download %1: the connection to %2 failed</source>
        <translation>%1을(를) 다운로드할 수 없습니다: %2에 연결하지 못했습니다</translation>
    </message>
    <message>
        <source>Cannot download %1: the TLS certificate of %2 could not be verified (TFHUB_DISABLE_CERT_VALIDATION=true turns the check off at your own risk)</source>
        <translation>%1을(를) 다운로드할 수 없습니다: %2의 TLS 인증서를 확인할 수 없습니다(TFHUB_DISABLE_CERT_VALIDATION=true로 검사를 끌 수 있지만 위험은 사용자가 감수해야 합니다)</translation>
    </message>
    <message>
        <source>Cannot download %1: %2 stopped sending data; try again later or raise the timeout</source>
        <translation>%1을(를) 다운로드할 수 없습니다: %2이(가) 데이터 전송을 멈췄습니다. 나중에 다시 시도하거나 시간 제한을 늘리세요</translation>
    </message>
    <message>
        <source>Cannot download %1 through the proxy; check http_proxy, https_proxy and no_proxy</source>
        <translation>프록시를 통해 %1을(를) 다운로드할 수 없습니다. http_proxy, https_proxy, no_proxy를 확인하세요</translation>
    </message>
    <message>
        <source>Cannot download %1: access denied%2; the model may need a licence accepted on its page or credentials</source>
        <translation>%1을(를) 다운로드할 수 없습니다: 액세스가 거부되었습니다%2. 모델 페이지에서 라이선스에 동의해야 하거나 자격 증명이 필요할 수 있습니다</translation>
    </message>
    <message>
        <source>Cannot download %1: not found on the server%2; check the handle&apos;s spelling and version</source>
        <translation>%1을(를) 다운로드할 수 없습니다: 서버에서 찾을 수 없습니다%2. 핸들의 철자와 버전을 확인하세요</translation>
    </message>
    <message>
        <source>Cannot download %1: the server is rate limiting requests%2; try again later</source>
        <translation>%1을(를) 다운로드할 수 없습니다: 서버가 요청 빈도를 제한하고 있습니다%2. 나중에 다시 시도하세요</translation>
    </message>
    <message>
        <source>Cannot download %1: server error%2; try again later</source>
        <translation>%1을(를) 다운로드할 수 없습니다: 서버 오류%2. 나중에 다시 시도하세요</translation>
    </message>
    <message>
        <source>Cannot download %1: the server answered with an error%2</source>
        <translation>%1을(를) 다운로드할 수 없습니다: 서버가 오류로 응답했습니다%2</translation>
    </message>
    <message>
        <source>Cannot download %1: too many redirects (last: %2)</source>
        <translation>%1을(를) 다운로드할 수 없습니다: 리디렉션이 너무 많습니다(마지막: %2)</translation>
    </message>
    <message>
        <source>Cannot download %1: refused a redirect to %2 (only http and https are followed)</source>
        <translation>%1을(를) 다운로드할 수 없습니다: %2(으)로의 리디렉션을 거부했습니다(http와 https만 따라갑니다)</translation>
    </message>
    <message>
        <source>Unexpected answer from the server for %1%2</source>
        <translation>%1에 대해 서버에서 예상치 못한 응답을 받았습니다%2</translation>
    </message>
    <message>
        <source>%1 does not appear to be a valid module%2; the server sent something that is not a complete model archive (a login or error page, or a cut-off download)</source>
        <translation>%1은(는) 유효한 모듈이 아닌 것 같습니다%2. 서버가 완전한 모델 아카이브가 아닌 것(로그인 페이지나 오류 페이지, 또는 중간에 끊긴 다운로드)을 보냈습니다</translation>
    </message>
    <message>
        <source>%1: refused archive member &apos;%2&apos;: it would be written outside the model folder</source>
        <translation>%1: 아카이브 멤버 &apos;%2&apos;을(를) 거부했습니다: 모델 폴더 밖에 쓰이게 됩니다</translation>
    </message>
    <message>
        <source>%1: Unexpected object type in tar archive: member &apos;%2&apos; is neither a file nor a folder</source>
        <translation>%1: tar 아카이브에 예상치 못한 유형의 객체가 있습니다: 멤버 &apos;%2&apos;은(는) 파일도 폴더도 아닙니다</translation>
    </message>
    <message>
        <source>No space left while writing %1; free some space or choose another cache folder (TFHUB_CACHE_DIR)</source>
        <translation>%1을(를) 쓰는 중에 공간이 부족합니다. 공간을 확보하거나 다른 캐시 폴더(TFHUB_CACHE_DIR)를 선택하세요</translation>
    </message>
    <message>
        <source>%1 is not writable; choose another cache folder in Settings or set TFHUB_CACHE_DIR</source>
        <translation>%1에 쓸 수 없습니다. 환경설정에서 다른 캐시 폴더를 선택하거나 TFHUB_CACHE_DIR을 설정하세요</translation>
    </message>
    <message>
        <source>File error on %1</source>
        <translation>%1에서 파일 오류가 발생했습니다</translation>
    </message>
    <message>
        <source>No cache entry for &apos;%1&apos; in %2</source>
        <translation>%2에 &apos;%1&apos;에 대한 캐시 항목이 없습니다</translation>
    </message>
    <message>
        <source>%1 is being downloaded by another process (%2); try again when it is done</source>
        <translation>다른 프로세스(%2)가 %1을(를) 다운로드하고 있습니다. 완료된 후에 다시 시도하세요</translation>
    </message>
    <message>
        <source>Cannot take the download lock %1</source>
        <translation>다운로드 잠금 %1을(를) 얻을 수 없습니다</translation>
    </message>
    <message>
        <source>Trying to load a model of incompatible/unknown type. &apos;%1&apos; contains neither &apos;saved_model.pb&apos; nor &apos;saved_model.pbtxt&apos;.</source>
        <translation>호환되지 않거나 알 수 없는 유형의 모델을 로드하려고 합니다. &apos;%1&apos;에 &apos;saved_model.pb&apos;와 &apos;saved_model.pbtxt&apos;가 모두 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not a readable SavedModel; delete the cache entry and download it again</source>
        <translation>%1은(는) 읽을 수 있는 SavedModel이 아닙니다. 캐시 항목을 삭제하고 다시 다운로드하세요</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>알 수 없는 오류</translation>
    </message>
    <message>
        <source>Cannot download %1: %2 is sending too slowly; try again later, or lower HUBCACHE_MIN_SPEED / raise HUBCACHE_MIN_SPEED_TIME</source>
        <translation>%1을(를) 다운로드할 수 없습니다: %2의 전송 속도가 너무 느립니다. 나중에 다시 시도하거나, HUBCACHE_MIN_SPEED를 낮추거나 HUBCACHE_MIN_SPEED_TIME을 늘리세요</translation>
    </message>
    <message>
        <source>%1 does not appear to be a valid module%2; %3</source>
        <translation>%1은(는) 유효한 모듈이 아닌 것 같습니다%2. %3</translation>
    </message>
    <message>
        <source>%1: refused archive member &apos;%2&apos;: %3</source>
        <translation>%1: 아카이브 멤버 &apos;%2&apos;을(를) 거부했습니다: %3</translation>
    </message>
    <message>
        <source>%1: refused the archive: it goes beyond what a model needs (an archive bomb?)</source>
        <translation>%1: 아카이브를 거부했습니다: 모델에 필요한 범위를 넘어섭니다(아카이브 폭탄?)</translation>
    </message>
    <message>
        <source>%1: a file is larger than the file system holding %2 allows for one file</source>
        <translation>%1: %2이(가) 있는 파일 시스템에서 허용하는 파일 하나의 최대 크기보다 큰 파일이 있습니다</translation>
    </message>
    <message>
        <source>%1 is not safe to use as a cache: another user could plant a model there; choose a cache folder of your own (TFHUB_CACHE_DIR) or fix its owner and permissions</source>
        <translation>%1은(는) 캐시로 사용하기에 안전하지 않습니다. 다른 사용자가 모델을 몰래 넣을 수 있습니다. 본인 소유의 캐시 폴더(TFHUB_CACHE_DIR)를 선택하거나 소유자와 권한을 수정하세요</translation>
    </message>
    <message>
        <source>%1 is not a folder; choose another cache folder in Settings or set TFHUB_CACHE_DIR</source>
        <translation>%1은(는) 폴더가 아닙니다. 환경설정에서 다른 캐시 폴더를 선택하거나 TFHUB_CACHE_DIR을 설정하세요</translation>
    </message>
    <message>
        <source>%1: in the UNCOMPRESSED load format a model stays in remote storage (gs://), and reading it from there is not supported yet; use COMPRESSED or AUTO</source>
        <translation>%1: UNCOMPRESSED 로드 형식에서는 모델이 원격 저장소(gs://)에 남으며, 그곳에서 읽는 기능은 아직 지원되지 않습니다. COMPRESSED 또는 AUTO를 사용하세요</translation>
    </message>
    <message>
        <source>%1: offline mode is on (--offline or HUBCACHE_OFFLINE), but the UNCOMPRESSED load format caches nothing and asks %2 for the model&apos;s location every time; turn offline mode off, or use the COMPRESSED load format for a cached copy</source>
        <translation>%1: 오프라인 모드가 켜져 있지만(--offline 또는 HUBCACHE_OFFLINE), UNCOMPRESSED 로드 형식은 아무것도 캐시하지 않고 매번 %2에 모델의 위치를 묻습니다. 오프라인 모드를 끄거나, 캐시된 사본을 쓰려면 COMPRESSED 로드 형식을 사용하세요</translation>
    </message>
    <message>
        <source>check the handle&apos;s spelling and version</source>
        <translation>핸들의 철자와 버전을 확인하세요</translation>
    </message>
    <message>
        <source>the model may need a licence accepted on its page or credentials</source>
        <translation>모델 페이지에서 라이선스 동의나 자격 증명이 필요할 수 있습니다</translation>
    </message>
    <message>
        <source>try again later</source>
        <translation>나중에 다시 시도하세요</translation>
    </message>
    <message>
        <source>the server does not offer this model in the UNCOMPRESSED load format; use COMPRESSED (TFHUB_MODEL_LOAD_FORMAT or --tfhub_model_load_format)</source>
        <translation>서버가 이 모델을 UNCOMPRESSED 로드 형식으로 제공하지 않습니다. COMPRESSED를 사용하세요(TFHUB_MODEL_LOAD_FORMAT 또는 --tfhub_model_load_format)</translation>
    </message>
    <message>
        <source>Cannot resolve %1: Expected 303 See other HTTP response but received code %2%3; %4</source>
        <translation>%1을(를) 확인할 수 없음: Expected 303 See other HTTP response but received code %2%3; %4</translation>
    </message>
    <message>
        <source>Cannot resolve %1: Expected server to return a GCS location but received %2%3; the server does not offer this model in the UNCOMPRESSED load format, use COMPRESSED (TFHUB_MODEL_LOAD_FORMAT or --tfhub_model_load_format)</source>
        <translation>%1을(를) 확인할 수 없음: Expected server to return a GCS location but received %2%3; 서버가 이 모델을 UNCOMPRESSED 로드 형식으로 제공하지 않습니다. COMPRESSED를 사용하세요(TFHUB_MODEL_LOAD_FORMAT 또는 --tfhub_model_load_format)</translation>
    </message>
    <message>
        <source>The write to %1 was refused because its precondition failed%2: the object already exists or was changed by someone else; read it again and retry if still needed</source>
        <translation>전제 조건이 맞지 않아 %1에 대한 쓰기가 거부되었습니다%2: 객체가 이미 있거나 다른 누군가가 바꾸었습니다. 다시 읽은 뒤 여전히 필요하면 다시 시도하세요</translation>
    </message>
    <message>
        <source>%1 was replaced while it was being read; nothing of the new version was mixed in; read it again</source>
        <translation>%1을(를) 읽는 동안 객체가 교체되었습니다. 새 버전의 내용은 섞이지 않았습니다. 다시 읽으세요</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was replaced</source>
        <translation>%1이(가) 이미 있습니다. 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>The system keychain cannot keep or give the credential for %1; start and unlock your keyring (a Secret Service such as GNOME Keyring or KWallet), or give the credential through the environment (KAGGLE_USERNAME/KAGGLE_KEY, GOOGLE_APPLICATION_CREDENTIALS, GOOGLE_OAUTH_ACCESS_TOKEN); nothing is stored in plain text</source>
        <translation>시스템 키체인이 %1의 자격 증명을 보관하거나 제공할 수 없습니다. 키링(GNOME Keyring이나 KWallet 같은 Secret Service)을 시작하고 잠금을 해제하거나, 환경 변수(KAGGLE_USERNAME/KAGGLE_KEY, GOOGLE_APPLICATION_CREDENTIALS, GOOGLE_OAUTH_ACCESS_TOKEN)로 자격 증명을 지정하세요. 평문으로는 아무것도 저장하지 않습니다</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 s for %2: the keyring is probably locked; unlock it (for example by logging in to the desktop or with your keyring manager) and try again, or give the credential through the environment (KAGGLE_USERNAME/KAGGLE_KEY, GOOGLE_APPLICATION_CREDENTIALS, GOOGLE_OAUTH_ACCESS_TOKEN)</source>
        <translation>시스템 키체인이 %2에 대해 %1초 안에 응답하지 않았습니다: 키링이 잠겨 있는 것 같습니다. 잠금을 해제한 뒤(예: 데스크톱에 로그인하거나 키링 관리자 사용) 다시 시도하거나, 환경 변수(KAGGLE_USERNAME/KAGGLE_KEY, GOOGLE_APPLICATION_CREDENTIALS, GOOGLE_OAUTH_ACCESS_TOKEN)로 자격 증명을 지정하세요</translation>
    </message>
    <message>
        <source>The system keychain gives no credential for %1; if your keyring is locked, unlock it (a locked keyring hides its entries), otherwise add one with &apos;hubcache login %1&apos; or in Preferences &gt; Credentials</source>
        <translation>시스템 키체인에 %1의 자격 증명이 없습니다. 키링이 잠겨 있다면 잠금을 해제하고(잠긴 키링은 항목을 숨깁니다), 그렇지 않다면 &apos;hubcache login %1&apos; 또는 환경설정 &gt; 자격 증명에서 추가하세요</translation>
    </message>
    <message>
        <source>The credential for %1 cannot be used</source>
        <translation>%1의 자격 증명을 사용할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>HubCache::FreeSpaceCheck</name>
    <message>
        <source>Only %1 free on %2 (the file system of the cache folder %3); %4 needs about %5 once extracted.</source>
        <translation>%2(캐시 폴더 %3의 파일 시스템)에 사용 가능한 공간이 %1뿐입니다. %4은(는) 압축을 풀면 약 %5이(가) 필요합니다.</translation>
    </message>
    <message>
        <source>Free some space or choose another cache folder (TFHUB_CACHE_DIR); to download anyway, turn the free-space check off (hubcache --ignore-free-space).</source>
        <translation>공간을 확보하거나 다른 캐시 폴더(TFHUB_CACHE_DIR)를 선택하세요. 그래도 다운로드하려면 여유 공간 검사를 끄세요(hubcache --ignore-free-space).</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsAccessTokenCredentials</name>
    <message>
        <source>the access token from GOOGLE_OAUTH_ACCESS_TOKEN</source>
        <translation>GOOGLE_OAUTH_ACCESS_TOKEN의 액세스 토큰</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsAnonymousCredentials</name>
    <message>
        <source>anonymous access</source>
        <translation>익명 접근</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsCredentialProvider</name>
    <message>
        <source>the key stored in the keychain for %1</source>
        <translation>키체인에 저장된 %1의 키</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsListJob</name>
    <message>
        <source>the server repeats the page token %1</source>
        <translation>서버가 페이지 토큰 %1을(를) 반복함</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsMetadataJob</name>
    <message>
        <source>no object metadata in the answer</source>
        <translation>응답에 객체 메타데이터가 없음</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsObjectReader</name>
    <message>
        <source>the answer does not name the object&apos;s generation</source>
        <translation>응답에 객체의 세대(generation)가 없음</translation>
    </message>
    <message>
        <source>generation %1 was being read, the server sent %2</source>
        <translation>세대 %1을(를) 읽는 중이었는데 서버가 %2을(를) 보냄</translation>
    </message>
    <message>
        <source>asked for bytes from %1, got Content-Range %2</source>
        <translation>%1바이트부터 요청했으나 Content-Range %2을(를) 받음</translation>
    </message>
    <message>
        <source>the server ignored the Range header</source>
        <translation>서버가 Range 헤더를 무시함</translation>
    </message>
    <message>
        <source>the server sent more bytes than asked for</source>
        <translation>서버가 요청한 것보다 많은 바이트를 보냄</translation>
    </message>
    <message>
        <source>the answer ended at byte %1 of %2</source>
        <translation>응답이 %2바이트 중 %1바이트에서 끝남</translation>
    </message>
    <message>
        <source>generation %1 is gone after %2 bytes</source>
        <translation>%2바이트 후에 세대 %1이(가) 사라짐</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsRefreshTokenCredentials</name>
    <message>
        <source>its &quot;type&quot; is not &quot;authorized_user&quot;</source>
        <translation>&quot;type&quot;이 &quot;authorized_user&quot;가 아님</translation>
    </message>
    <message>
        <source>&quot;client_id&quot; or &quot;refresh_token&quot; is missing</source>
        <translation>&quot;client_id&quot; 또는 &quot;refresh_token&quot;이 없음</translation>
    </message>
    <message>
        <source>its token_uri %1 is not an https URL</source>
        <translation>token_uri %1이(가) https URL이 아님</translation>
    </message>
    <message>
        <source>OAuth refresh token (%1)</source>
        <translation>OAuth 갱신 토큰(%1)</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsRequestJob</name>
    <message>
        <source>no data for %1 s</source>
        <translation>%1초 동안 데이터 없음</translation>
    </message>
    <message>
        <source>the answer is larger than %1 bytes</source>
        <translation>응답이 %1바이트보다 큼</translation>
    </message>
    <message>
        <source>the answer ended after %1 of %2 bytes</source>
        <translation>응답이 %2바이트 중 %1바이트 후에 끝남</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsRewriteJob</name>
    <message>
        <source>no rewrite status in the answer</source>
        <translation>응답에 rewrite 상태가 없음</translation>
    </message>
    <message>
        <source>an unfinished rewrite without a rewriteToken</source>
        <translation>rewriteToken 없이 끝나지 않은 rewrite</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsServiceAccountCredentials</name>
    <message>
        <source>Cannot use the service-account key %1 (GOOGLE_APPLICATION_CREDENTIALS): %2; download a new JSON key for the service account or unset the variable</source>
        <translation>서비스 계정 키 %1(GOOGLE_APPLICATION_CREDENTIALS)을(를) 사용할 수 없습니다: %2. 서비스 계정의 새 JSON 키를 내려받거나 변수를 해제하세요</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>JSON 객체가 아님(%1)</translation>
    </message>
    <message>
        <source>its &quot;type&quot; is not &quot;service_account&quot;</source>
        <translation>&quot;type&quot;이 &quot;service_account&quot;가 아님</translation>
    </message>
    <message>
        <source>&quot;client_email&quot; or &quot;private_key&quot; is missing</source>
        <translation>&quot;client_email&quot; 또는 &quot;private_key&quot;가 없음</translation>
    </message>
    <message>
        <source>its token_uri %1 is not an https URL</source>
        <translation>token_uri %1이(가) https URL이 아님</translation>
    </message>
    <message>
        <source>its private_key is not an RSA private key in PEM form</source>
        <translation>private_key가 PEM 형식의 RSA 개인 키가 아님</translation>
    </message>
    <message>
        <source>signing with its private_key failed</source>
        <translation>private_key로 서명하지 못함</translation>
    </message>
    <message>
        <source>service account %1</source>
        <translation>서비스 계정 %1</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsStorage</name>
    <message>
        <source>not a gs://bucket/name location</source>
        <translation>gs://버킷/이름 형식의 위치가 아닙니다</translation>
    </message>
    <message>
        <source>a Google Cloud Storage request did not finish in time</source>
        <translation>Google Cloud Storage 요청이 제시간에 끝나지 않았습니다</translation>
    </message>
    <message>
        <source>a read at offset %1 of %2 bytes</source>
        <translation>오프셋 %1에서 %2바이트 읽기</translation>
    </message>
    <message>
        <source>%1 was already committed</source>
        <translation>%1은(는) 이미 확정되었습니다</translation>
    </message>
    <message>
        <source>the upload ended before its last chunk was sent</source>
        <translation>마지막 조각을 보내기 전에 업로드가 끝났습니다</translation>
    </message>
    <message>
        <source>%1 bytes, more than the %2 expected</source>
        <translation>%1바이트로, 예상한 %2보다 많습니다</translation>
    </message>
    <message>
        <source>the answer ended at byte %1 of %2</source>
        <translation>응답이 %2바이트 중 %1바이트에서 끝났습니다</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsTokenExchangeCredentials</name>
    <message>
        <source>an access token for %1</source>
        <translation>%1의 액세스 토큰</translation>
    </message>
    <message>
        <source>no access_token and expires_in in the token answer</source>
        <translation>토큰 응답에 access_token과 expires_in이 없음</translation>
    </message>
</context>
<context>
    <name>HubCache::GcsUploadJob</name>
    <message>
        <source>no upload session URL in the answer</source>
        <translation>응답에 업로드 세션 URL이 없음</translation>
    </message>
    <message>
        <source>the session claims more bytes than the file has</source>
        <translation>세션이 파일보다 많은 바이트를 받았다고 함</translation>
    </message>
    <message>
        <source>no object metadata in the answer</source>
        <translation>응답에 객체 메타데이터가 없음</translation>
    </message>
    <message>
        <source>the stored object has %1 bytes, the file %2</source>
        <translation>저장된 객체는 %1바이트, 파일은 %2바이트</translation>
    </message>
    <message>
        <source>the session claims %1 bytes, %2 were sent</source>
        <translation>세션은 %1바이트라고 하지만 %2바이트를 보냈습니다</translation>
    </message>
</context>
<context>
    <name>HubCache::HttpRetryPolicy</name>
    <message>
        <source>the redirect&apos;s Location header is too long (%1 bytes)</source>
        <translation>리디렉션의 Location 헤더가 너무 깁니다(%1바이트)</translation>
    </message>
    <message>
        <source>the redirect&apos;s Location header is not a valid URL: %1</source>
        <translation>리디렉션의 Location 헤더가 유효한 URL이 아닙니다: %1</translation>
    </message>
    <message>
        <source>the redirect has no Location header</source>
        <translation>리디렉션에 Location 헤더가 없음</translation>
    </message>
</context>
<context>
    <name>HubCache::KaggleCatalogJob</name>
    <message>
        <source>Offline mode is on, and Kaggle Models is searched on %1: turn offline mode off (--offline, HUBCACHE_OFFLINE) to search it. Models already in the cache stay listed under the other sources.</source>
        <translation>오프라인 모드가 켜져 있는데 Kaggle 모델은 %1에서 검색합니다: 검색하려면 오프라인 모드를 끄세요(--offline, HUBCACHE_OFFLINE). 이미 캐시에 있는 모델은 다른 출처 아래에 계속 표시됩니다.</translation>
    </message>
    <message>
        <source>Unexpected answer from Kaggle Models (%1): the answer is larger than %2 MB, far more than a page of the listing. Try again later; if it persists, Kaggle may have changed its API.</source>
        <translation>Kaggle 모델에서 예상치 못한 응답을 받았습니다(%1): 응답이 %2MB보다 커서 목록 한 페이지보다 훨씬 큽니다. 나중에 다시 시도하세요. 계속 발생하면 Kaggle이 API를 변경했을 수 있습니다.</translation>
    </message>
    <message>
        <source>Kaggle Models is rate limiting requests (HTTP %1 from %2); wait a minute and search again.</source>
        <translation>Kaggle 모델이 요청 빈도를 제한하고 있습니다(%2의 HTTP %1). 1분 정도 기다린 후 다시 검색하세요.</translation>
    </message>
    <message>
        <source>Kaggle Models answered with a server error (HTTP %1 from %2); try again later.</source>
        <translation>Kaggle 모델이 서버 오류로 응답했습니다(%2의 HTTP %1). 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Kaggle Models refused the request (HTTP %1 from %2): the model may be private or need Kaggle credentials.</source>
        <translation>Kaggle 모델이 요청을 거부했습니다(%2의 HTTP %1): 모델이 비공개이거나 Kaggle 자격 증명이 필요할 수 있습니다.</translation>
    </message>
    <message>
        <source>Kaggle Models has no such page (HTTP %1 from %2); check HUBCACHE_KAGGLE_API (default https://www.kaggle.com/api/v1).</source>
        <translation>Kaggle 모델에 해당 페이지가 없습니다(%2의 HTTP %1). HUBCACHE_KAGGLE_API를 확인하세요(기본값 https://www.kaggle.com/api/v1).</translation>
    </message>
    <message>
        <source>Kaggle Models answered HTTP %1 from %2.</source>
        <translation>Kaggle 모델이 HTTP %1(으)로 응답했습니다(%2).</translation>
    </message>
    <message>
        <source>Kaggle Models did not answer within %1 s (%2); check your connection, or try again.</source>
        <translation>Kaggle 모델이 %1초 안에 응답하지 않았습니다(%2). 연결을 확인하거나 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Cannot reach Kaggle Models at %1 (%2). Check your network connection or proxy; models already in the cache still work offline.</source>
        <translation>%1의 Kaggle 모델에 연결할 수 없습니다(%2). 네트워크 연결이나 프록시를 확인하세요. 이미 캐시에 있는 모델은 오프라인에서도 계속 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>JSON이 아님(바이트 %2에서 %1)</translation>
    </message>
    <message>
        <source>the answer should be a JSON object</source>
        <translation>응답은 JSON 객체여야 함</translation>
    </message>
    <message>
        <source>the answer is about %1/%2, not %3/%4</source>
        <translation>응답이 %3/%4가 아니라 %1/%2에 관한 것임</translation>
    </message>
    <message>
        <source>Unexpected answer from Kaggle Models (%1): %2. Kaggle may have changed its API; the listing cannot be shown.</source>
        <translation>Kaggle 모델에서 예상치 못한 응답을 받았습니다(%1): %2. Kaggle이 API를 변경했을 수 있으며, 목록을 표시할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 — retrying in %2 s</source>
        <translation>%1 — %2초 후에 다시 시도합니다</translation>
    </message>
</context>
<context>
    <name>HubCache::KaggleCatalogPage</name>
    <message>
        <source>&quot;%1&quot; should be %2 but is %3</source>
        <translation>&quot;%1&quot;은(는) %2이어야 하는데 %3임</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>a non-negative whole number</source>
        <translation>0 이상의 정수</translation>
    </message>
    <message>
        <source>&quot;%1.ref&quot; should be owner/model but is &apos;%2&apos;</source>
        <translation>&quot;%1.ref&quot;은(는) 소유자/모델 형식이어야 하는데 &apos;%2&apos;임</translation>
    </message>
    <message>
        <source>&quot;%1.slug&quot; (&apos;%2&apos;) does not match its ref &apos;%3&apos;</source>
        <translation>&quot;%1.slug&quot;(&apos;%2&apos;)이(가) ref &apos;%3&apos;과(와) 일치하지 않음</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>배열</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>&quot;%1.slug&quot; should be a variation name but is &apos;%2&apos;</source>
        <translation>&quot;%1.slug&quot;은(는) 변형 이름이어야 하는데 &apos;%2&apos;임</translation>
    </message>
    <message>
        <source>&quot;%1.versionNumber&quot; should be a version from 1 but is %2</source>
        <translation>&quot;%1.versionNumber&quot;은(는) 1 이상의 버전이어야 하는데 %2임</translation>
    </message>
    <message>
        <source>Unexpected answer from Kaggle Models (%1): %2. Kaggle may have changed its API; the listing cannot be shown.</source>
        <translation>Kaggle 모델에서 예상치 못한 응답을 받았습니다(%1): %2. Kaggle이 API를 변경했을 수 있으며, 목록을 표시할 수 없습니다.</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>응답이 %1MB보다 큼</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>JSON이 아님(바이트 %2에서 %1)</translation>
    </message>
    <message>
        <source>the answer should be a JSON object</source>
        <translation>응답은 JSON 객체여야 함</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1/%2, %3 variation %4, version %5</source>
        <translation>%1/%2, %3 변형 %4, 버전 %5</translation>
    </message>
    <message>
        <source>%1 (%2/%3, %4 variation %5, version %6)</source>
        <translation>%1 (%2/%3, %4 변형 %5, 버전 %6)</translation>
    </message>
</context>
<context>
    <name>HubCache::LocalStorage</name>
    <message>
        <source>a symbolic link</source>
        <translation>심볼릭 링크</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>소켓</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>장치 파일</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation>%1바이트보다 큼</translation>
    </message>
    <message>
        <source>some files could not be deleted</source>
        <translation>일부 파일을 삭제할 수 없었습니다</translation>
    </message>
</context>
<context>
    <name>HubCache::ModelCache</name>
    <message>
        <source>process %1 on this host is gone</source>
        <translation>이 호스트의 프로세스 %1이(가) 종료됨</translation>
    </message>
    <message>
        <source>no progress for %1 s</source>
        <translation>%1초 동안 진행 없음</translation>
    </message>
    <message>
        <source>left by an interrupted download</source>
        <translation>중단된 다운로드가 남긴 폴더</translation>
    </message>
    <message>
        <source>some files could not be deleted; `hubcache prune` retries</source>
        <translation>일부 파일을 삭제할 수 없음. `hubcache prune`으로 다시 시도할 수 있음</translation>
    </message>
    <message>
        <source>the lock changed hands</source>
        <translation>잠금 소유자가 바뀜</translation>
    </message>
    <message>
        <source>not an orphaned temp folder or stale lock</source>
        <translation>버려진 임시 폴더나 오래된 잠금이 아님</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>폴더를 만들 수 없음</translation>
    </message>
    <message>
        <source>%1.lock is %2, not a download lock</source>
        <translation>%1.lock은(는) 다운로드 잠금이 아니라 %2임</translation>
    </message>
    <message>
        <source>%1.lock does not hold a download lock (content &apos;%2&apos;)</source>
        <translation>%1.lock에 다운로드 잠금이 들어 있지 않음(내용 &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>process %1 is not running here and its download made no progress for %2 s</source>
        <translation>프로세스 %1이(가) 여기에서 실행 중이 아니고 그 다운로드가 %2초 동안 진행되지 않음</translation>
    </message>
    <message>
        <source>%1 is %2, not a descriptor</source>
        <translation>%1은(는) 설명 파일이 아니라 %2임</translation>
    </message>
    <message>
        <source>%1, not a folder</source>
        <translation>%1이며 폴더가 아님</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>파일</translation>
    </message>
</context>
<context>
    <name>HubCache::ModelFolder</name>
    <message>
        <source>a symbolic link</source>
        <translation>심볼릭 링크</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>명명된 파이프(FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>소켓</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>%1 is %2, not a file</source>
        <translation>%1은(는) 파일이 아닌 %2임</translation>
    </message>
    <message>
        <source>%1, not a folder</source>
        <translation>폴더가 아닌 %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>읽을 수 없음: %1</translation>
    </message>
    <message>
        <source>the folder is empty</source>
        <translation>폴더가 비어 있음</translation>
    </message>
    <message>
        <source>no saved_model.pb, saved_model.pbtxt, tfhub_module.pb or *.tflite (half deleted?)</source>
        <translation>saved_model.pb, saved_model.pbtxt, tfhub_module.pb, *.tflite가 모두 없음(일부만 삭제되었을 수 있음)</translation>
    </message>
    <message>
        <source>variables is %1, not a folder</source>
        <translation>variables가 폴더가 아닌 %1임</translation>
    </message>
    <message>
        <source>variables/variables.index is missing (half deleted?)</source>
        <translation>variables/variables.index가 없음(일부만 삭제되었을 수 있음)</translation>
    </message>
    <message>
        <source>variables/variables.data-* is missing (half deleted?)</source>
        <translation>variables/variables.data-*가 없음(일부만 삭제되었을 수 있음)</translation>
    </message>
</context>
<context>
    <name>HubCache::ProfileEditor</name>
    <message>
        <source>the hubcache block that starts on line %1 has no end line &apos;%2&apos; before the next block starts on line %3; fix or delete the hubcache lines by hand, then try again</source>
        <translation>%1번째 줄에서 시작하는 hubcache 블록에, %3번째 줄에서 다음 블록이 시작되기 전까지 끝 줄 &apos;%2&apos;이(가) 없습니다. hubcache 줄을 직접 고치거나 삭제한 다음 다시 시도하세요</translation>
    </message>
    <message>
        <source>line %1 ends a hubcache block that never started (no line starting with &apos;%2&apos; above it); fix or delete the hubcache lines by hand, then try again</source>
        <translation>%1번째 줄이 시작된 적 없는 hubcache 블록을 끝냅니다(그 위에 &apos;%2&apos;(으)로 시작하는 줄이 없음). hubcache 줄을 직접 고치거나 삭제한 다음 다시 시도하세요</translation>
    </message>
    <message>
        <source>the hubcache block that starts on line %1 has no end line &apos;%2&apos;; fix or delete the hubcache lines by hand, then try again</source>
        <translation>%1번째 줄에서 시작하는 hubcache 블록에 끝 줄 &apos;%2&apos;이(가) 없습니다. hubcache 줄을 직접 고치거나 삭제한 다음 다시 시도하세요</translation>
    </message>
    <message>
        <source>%1; check that you may write to %2, or add the lines shown in the app to the file by hand</source>
        <translation>%1. %2에 쓰기 권한이 있는지 확인하거나, 앱에 표시된 줄을 파일에 직접 추가하세요</translation>
    </message>
    <message>
        <source>it is a symbolic link to %1, which does not exist; repair or remove the link, then try again</source>
        <translation>이 파일은 존재하지 않는 %1을(를) 가리키는 심볼릭 링크입니다. 링크를 고치거나 제거한 다음 다시 시도하세요</translation>
    </message>
    <message>
        <source>it is a symbolic link to %1 that leads back to itself; repair or remove the link, then try again</source>
        <translation>이 파일은 자기 자신으로 되돌아오는 %1에 대한 심볼릭 링크입니다. 링크를 고치거나 제거한 다음 다시 시도하세요</translation>
    </message>
    <message>
        <source>cannot follow its symbolic link to %1 (%2); repair or remove the link, then try again</source>
        <translation>%1(으)로 가는 심볼릭 링크를 따라갈 수 없습니다(%2). 링크를 고치거나 제거한 다음 다시 시도하세요</translation>
    </message>
    <message>
        <source>it is a symbolic link to %1, which is not a regular file; point the link at a file, or add the lines by hand</source>
        <translation>이 파일은 일반 파일이 아닌 %1을(를) 가리키는 심볼릭 링크입니다. 링크가 파일을 가리키도록 하거나 줄을 직접 추가하세요</translation>
    </message>
    <message>
        <source>it is not a regular file; move it away, or add the lines by hand</source>
        <translation>일반 파일이 아닙니다. 다른 곳으로 옮기거나 줄을 직접 추가하세요</translation>
    </message>
    <message>
        <source>it is a symbolic link to %1, which belongs to another user (uid %2); hubcache only edits your own files, so add the lines by hand</source>
        <translation>이 파일은 다른 사용자(uid %2) 소유의 %1을(를) 가리키는 심볼릭 링크입니다. hubcache는 본인 소유의 파일만 편집하므로 줄을 직접 추가하세요</translation>
    </message>
    <message>
        <source>it belongs to another user (uid %1); hubcache only edits your own files, so add the lines by hand</source>
        <translation>다른 사용자(uid %1) 소유의 파일입니다. hubcache는 본인 소유의 파일만 편집하므로 줄을 직접 추가하세요</translation>
    </message>
    <message>
        <source>it was changed by another program while hubcache was editing it; try again</source>
        <translation>hubcache가 편집하는 동안 다른 프로그램이 이 파일을 변경했습니다. 다시 시도하세요</translation>
    </message>
    <message>
        <source>it is not a regular file; remove it by hand</source>
        <translation>일반 파일이 아닙니다. 직접 제거하세요</translation>
    </message>
    <message>
        <source>cannot create this folder; check the permissions of the folder above it</source>
        <translation>이 폴더를 만들 수 없습니다. 상위 폴더의 권한을 확인하세요</translation>
    </message>
    <message>
        <source>the home folder &apos;%1&apos; is not an absolute path</source>
        <translation>홈 폴더 &apos;%1&apos;이(가) 절대 경로가 아닙니다</translation>
    </message>
    <message>
        <source>the TensorFlow Hub cache folder is empty; choose a folder, or leave TFHUB_CACHE_DIR unset</source>
        <translation>TensorFlow Hub 캐시 폴더가 지정되지 않았습니다. 폴더를 선택하거나 TFHUB_CACHE_DIR을 설정하지 않은 상태로 두세요</translation>
    </message>
    <message>
        <source>the cache folder &apos;%1&apos; contains a line break, which a shell profile cannot hold; choose another folder</source>
        <translation>캐시 폴더 &apos;%1&apos;에 줄 바꿈이 있어 셸 프로필에 쓸 수 없습니다. 다른 폴더를 선택하세요</translation>
    </message>
    <message>
        <source>the cache folder &apos;%1&apos; is not an absolute path; login shells start in other folders, so give the full path (or one starting with ~/)</source>
        <translation>캐시 폴더 &apos;%1&apos;이(가) 절대 경로가 아닙니다. 로그인 셸은 다른 폴더에서 시작하므로 전체 경로(또는 ~/로 시작하는 경로)를 지정하세요</translation>
    </message>
</context>
<context>
    <name>HubCache::RangedDownload</name>
    <message>
        <source>the server answered the range from byte %1 with another one (%2)</source>
        <translation>서버가 바이트 %1부터의 범위 요청에 다른 범위(%2)로 응답했습니다</translation>
    </message>
    <message>
        <source>the file&apos;s length changed from %1 to %2 bytes</source>
        <translation>파일 길이가 %1바이트에서 %2바이트로 바뀌었습니다</translation>
    </message>
    <message>
        <source>the file changed on the server: its ETag is %1 now, was %2</source>
        <translation>서버의 파일이 바뀌었습니다: ETag 값이 %2에서 %1(으)로 바뀌었습니다</translation>
    </message>
    <message>
        <source>the file changed on the server: its Last-Modified is %1 now, was %2</source>
        <translation>서버의 파일이 바뀌었습니다: Last-Modified 값이 %2에서 %1(으)로 바뀌었습니다</translation>
    </message>
    <message>
        <source>the server sent the whole file (status 200) when asked for bytes %1 to %2: it does not honour ranges</source>
        <translation>바이트 %1부터 %2까지를 요청했는데 서버가 파일 전체(상태 200)를 보냈습니다: 서버가 범위 요청을 지원하지 않습니다</translation>
    </message>
    <message>
        <source>the file changed on the server (status 200 to a request for the same version)</source>
        <translation>서버의 파일이 바뀌었습니다(같은 버전에 대한 요청에 상태 200으로 응답함)</translation>
    </message>
    <message>
        <source>the server refused the range of the same version (status %1): the file changed</source>
        <translation>서버가 같은 버전의 범위 요청을 거부했습니다(상태 %1): 파일이 바뀌었습니다</translation>
    </message>
    <message>
        <source>the connection closed at byte %1 of the part that ends at byte %2</source>
        <translation>바이트 %2에서 끝나는 부분의 바이트 %1에서 연결이 끊겼습니다</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>%1초 동안 데이터 없음</translation>
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
        <translation>폴더</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>심볼릭 링크</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>소켓</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>일반 파일이 아님</translation>
    </message>
</context>
<context>
    <name>HubCache::ResolveJob</name>
    <message>
        <source>The cached copy of %1 is broken (%2); downloading it again.</source>
        <translation>캐시된 %1의 사본이 손상되었습니다(%2). 다시 다운로드합니다.</translation>
    </message>
    <message>
        <source>Taking over the download of %1 from process %2, which is gone.</source>
        <translation>종료된 프로세스 %2에서 %1의 다운로드를 넘겨받습니다.</translation>
    </message>
    <message>
        <source>The download of %1 by %2 made no progress for %3 s; taking it over.</source>
        <translation>%2의 %1 다운로드가 %3초 동안 진행되지 않아 넘겨받습니다.</translation>
    </message>
    <message>
        <source>%1 is being downloaded by %2 on %3 (%4 so far); waiting. It is taken over if it makes no progress for %5 s.</source>
        <translation>%3의 프로세스 %2이(가) %1을(를) 다운로드하고 있습니다(지금까지 %4). 기다리는 중입니다. %5초 동안 진행이 없으면 넘겨받습니다.</translation>
    </message>
    <message>
        <source>%1 is %2, not a download lock; replacing it.</source>
        <translation>%1은(는) 다운로드 잠금이 아니라 %2입니다. 교체합니다.</translation>
    </message>
    <message>
        <source>%1 does not hold a download lock (content &apos;%2&apos;); taking it over.</source>
        <translation>%1에 다운로드 잠금이 들어 있지 않습니다(내용 &apos;%2&apos;). 넘겨받습니다.</translation>
    </message>
    <message>
        <source>%1 does not hold a download lock (content &apos;%2&apos;); taking it over in %3 s unless it changes.</source>
        <translation>%1에 다운로드 잠금이 들어 있지 않습니다(내용 &apos;%2&apos;). 바뀌지 않으면 %3초 후에 넘겨받습니다.</translation>
    </message>
    <message>
        <source>%1 is being downloaded by process %2, which is not running here but may run in another container on %3 (%4 so far); waiting. It is taken over if it makes no progress for %5 s.</source>
        <translation>프로세스 %2이(가) %1을(를) 다운로드하고 있습니다. 이 프로세스는 여기에서 실행 중이 아니지만 %3의 다른 컨테이너에서 실행 중일 수 있습니다(지금까지 %4). 기다리는 중입니다. %5초 동안 진행이 없으면 넘겨받습니다.</translation>
    </message>
    <message>
        <source>%1 was replaced during the download; starting over with the new version</source>
        <translation>다운로드 중에 %1이(가) 교체되었습니다. 새 버전으로 처음부터 다시 시작합니다</translation>
    </message>
</context>
<context>
    <name>HubCache::ResumeData</name>
    <message>
        <source>cannot create %1</source>
        <translation>%1을(를) 만들 수 없음</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1을(를) 만들 수 없음: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1에 쓸 수 없음</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1은(는) 폴더가 아님</translation>
    </message>
    <message>
        <source>its record or archive file is missing or not a regular file</source>
        <translation>기록 파일 또는 아카이브 파일이 없거나 일반 파일이 아님</translation>
    </message>
    <message>
        <source>its record is too large (%1 bytes)</source>
        <translation>기록 파일이 너무 큼(%1바이트)</translation>
    </message>
    <message>
        <source>its record is corrupt</source>
        <translation>기록 파일이 손상됨</translation>
    </message>
    <message>
        <source>its archive file is longer than the archive</source>
        <translation>아카이브 파일이 원래 아카이브보다 김</translation>
    </message>
</context>
<context>
    <name>HubCache::UncompressedLocationJob</name>
    <message>
        <source>an empty body</source>
        <translation>빈 본문</translation>
    </message>
    <message>
        <source>the answer&apos;s body is larger than %1 KB, far more than a gs:// location; the server does not follow the UNCOMPRESSED protocol</source>
        <translation>응답 본문이 %1KB보다 커서 gs:// 위치라고 보기에는 너무 큼. 서버가 UNCOMPRESSED 프로토콜을 따르지 않음</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>%1초 안에 완전한 응답이 없음</translation>
    </message>
    <message>
        <source>the redirect&apos;s Location is not an http or https URL that can be followed: %1</source>
        <translation>리디렉션의 Location이 따라갈 수 있는 http 또는 https URL이 아님: %1</translation>
    </message>
    <message>
        <source>the location %1 is not valid UTF-8</source>
        <translation>위치 %1은(는) 올바른 UTF-8이 아님</translation>
    </message>
    <message>
        <source>%1 — retrying in %2 s</source>
        <translation>%1 — %2초 후에 다시 시도합니다</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Log</source>
        <translation>로그</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>둘러보기(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>다운로드(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Cache</source>
        <translation>캐시(&amp;C)</translation>
    </message>
    <message>
        <source>Open Model Catalog</source>
        <translation>모델 카탈로그 열기</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 파일 (*.json)</translation>
    </message>
    <message>
        <source>The demo hub could not start on 127.0.0.1.</source>
        <translation>데모 허브를 127.0.0.1에서 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Catalog…</source>
        <translation>카탈로그 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>환경설정(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find Model</source>
        <translation>모델 찾기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Log and Diagnostics</source>
        <translation>로그 및 진단(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About hubcache</source>
        <translation>hubcache 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About hubcache</source>
        <translation>hubcache 정보</translation>
    </message>
    <message>
        <source>hubcache %1
Resolve, download, cache and inspect TensorFlow Hub models, in the same cache as the tensorflow_hub Python library.</source>
        <translation>hubcache %1
TensorFlow Hub 모델을 확인, 다운로드, 캐시, 검사합니다. tensorflow_hub Python 라이브러리와 같은 캐시를 사용합니다.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>Mode: </source>
        <translation>모드: </translation>
    </message>
    <message>
        <source>Compressed — download and cache</source>
        <translation>압축 — 다운로드하여 캐시</translation>
    </message>
    <message>
        <source>Uncompressed — read from remote storage</source>
        <translation>비압축 — 원격 저장소에서 읽기</translation>
    </message>
    <message>
        <source>Uncompressed mode: models are read from remote storage, nothing is cached.</source>
        <translation>비압축 모드: 모델을 원격 저장소에서 읽으며 아무것도 캐시하지 않습니다.</translation>
    </message>
    <message>
        <source>Compressed mode: models are downloaded once and cached.</source>
        <translation>압축 모드: 모델을 한 번 다운로드하여 캐시합니다.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Compressed&lt;/b&gt;: each model is downloaded once as an archive and kept in the cache folder; later loads need no network.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Uncompressed&lt;/b&gt;: the model is read straight from remote storage (Google Cloud Storage) every time; nothing is cached.&lt;/p&gt;&lt;p&gt;This switch is for hubcache&apos;s own downloads. In this environment the Python library will do this: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;압축&lt;/b&gt;: 각 모델을 아카이브로 한 번 다운로드하여 캐시 폴더에 보관합니다. 이후 로드할 때는 네트워크가 필요하지 않습니다.&lt;/p&gt;&lt;p&gt;&lt;b&gt;비압축&lt;/b&gt;: 매번 원격 저장소(Google Cloud Storage)에서 모델을 직접 읽으며 아무것도 캐시하지 않습니다.&lt;/p&gt;&lt;p&gt;이 설정은 hubcache 자체의 다운로드에 적용됩니다. 현재 환경에서 Python 라이브러리는 다음과 같이 동작합니다: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Python: compressed</source>
        <translation>Python: 압축</translation>
    </message>
    <message>
        <source>Python: uncompressed</source>
        <translation>Python: 비압축</translation>
    </message>
    <message>
        <source>Cache: %1 (%2)</source>
        <translation>캐시: %1 (%2)</translation>
    </message>
    <message>
        <source>Not in the Cache</source>
        <translation>캐시에 없음</translation>
    </message>
    <message>
        <source>Delete Entries</source>
        <translation>항목 삭제</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Some Entries Were Not Deleted</source>
        <translation>일부 항목을 삭제하지 못함</translation>
    </message>
    <message>
        <source>%1 freed.</source>
        <translation>확보된 공간: %1.</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>정리</translation>
    </message>
    <message>
        <source>Nothing to prune: no orphaned temp folders or stale locks.</source>
        <translation>정리할 항목이 없습니다. 버려진 임시 폴더나 오래된 잠금이 없습니다.</translation>
    </message>
    <message>
        <source>The new language is used when hubcache starts again.</source>
        <translation>새 언어는 hubcache를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>Move Cached Models</source>
        <translation>캐시된 모델 이동</translation>
    </message>
    <message numerus="yes">
        <source>The old cache folder %1 holds %n model(s) (%2). Move them to %3?</source>
        <translation>
            <numerusform>이전 캐시 폴더 %1에 모델 %n개(%2)가 있습니다. %3(으)로 이동할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Move</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>Moving cached models…</source>
        <translation>캐시된 모델을 이동하는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) moved.</source>
        <translation>
            <numerusform>모델 %n개를 이동했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not moved:</source>
        <translation>이동하지 못한 항목:</translation>
    </message>
    <message>
        <source>Downloads Running</source>
        <translation>다운로드 진행 중</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>%1 is in remote storage at %2 (uncompressed mode: nothing was downloaded or cached).</source>
        <translation>%1은(는) 원격 저장소 %2에 있습니다(비압축 모드: 아무것도 다운로드하거나 캐시하지 않음).</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>삭제하는 중…</translation>
    </message>
    <message>
        <source>Pruning…</source>
        <translation>정리하는 중…</translation>
    </message>
    <message>
        <source>Cached models are not moved between a local folder and a bucket; models are downloaded into %1 when they are next used.</source>
        <translation>캐시된 모델은 로컬 폴더와 버킷 사이에서 옮기지 않습니다. 모델은 다음에 사용할 때 %1에 다운로드됩니다.</translation>
    </message>
    <message>
        <source>Listing Kaggle Models on %1…</source>
        <translation>%1에서 Kaggle 모델 목록을 가져오는 중…</translation>
    </message>
    <message>
        <source>Searching Kaggle Models on %1 for “%2”…</source>
        <translation>%1에서 Kaggle 모델을 “%2”(으)로 검색하는 중…</translation>
    </message>
    <message>
        <source>No TensorFlow models on Kaggle match “%1”.</source>
        <translation>“%1”과(와) 일치하는 Kaggle의 TensorFlow 모델이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n TensorFlow model variation(s) from Kaggle Models.</source>
        <translation>
            <numerusform>Kaggle 모델의 TensorFlow 모델 변형 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>More results are available.</source>
        <translation>더 많은 결과가 있습니다.</translation>
    </message>
    <message>
        <source>Sign-in Needed</source>
        <translation>로그인 필요</translation>
    </message>
    <message>
        <source>%1

Add or replace a credential for this host or bucket in Preferences &gt; Credentials?</source>
        <translation>%1

환경설정 &gt; 자격 증명에서 이 호스트 또는 버킷의 자격 증명을 추가하거나 바꿀까요?</translation>
    </message>
    <message>
        <source>Open &amp;Credentials</source>
        <translation>자격 증명 열기(&amp;C)</translation>
    </message>
    <message>
        <source>Could not get %1; the Browse and Downloads pages say why.</source>
        <translation>%1을(를) 가져오지 못했습니다. 원인은 둘러보기 및 다운로드 페이지에서 확인하세요.</translation>
    </message>
    <message>
        <source>%1 could not be resolved:
%2</source>
        <translation>%1을(를) 확인할 수 없습니다:
%2</translation>
    </message>
    <message>
        <source>%1 is ready in the cache.</source>
        <translation>%1이(가) 캐시에 준비되었습니다.</translation>
    </message>
    <message>
        <source>Download Model</source>
        <translation>모델 다운로드</translation>
    </message>
    <message>
        <source>%1 is %2. Download it into the cache now?</source>
        <translation>%1의 크기는 %2입니다. 지금 캐시에 다운로드할까요?</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>다운로드(&amp;D)</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>데모</translation>
    </message>
    <message>
        <source>%1% — demo</source>
        <translation>%1% — 데모</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) added to Downloads.</source>
        <translation>
            <numerusform>모델 %n개를 다운로드에 추가했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in Downloads.</source>
        <translation>이미 다운로드 목록에 있습니다.</translation>
    </message>
    <message>
        <source>Cannot Open Folder</source>
        <translation>폴더를 열 수 없음</translation>
    </message>
    <message>
        <source>No file manager could be started to show %1. Install one (and xdg-utils), or copy the path and open it yourself.</source>
        <translation>%1을(를) 표시할 파일 관리자를 시작할 수 없습니다. 파일 관리자(와 xdg-utils)를 설치하거나, 경로를 복사해 직접 여세요.</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>경로 복사(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) from the cache and free %1?</source>
        <translation>
            <numerusform>캐시에서 항목 %n개를 삭제하고 %1을(를) 확보할까요?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n leftover(s) of interrupted downloads (temp folders, stale locks), freeing %1?</source>
        <translation>
            <numerusform>중단된 다운로드의 잔여물(임시 폴더, 오래된 잠금) %n개를 삭제하여 %1을(를) 확보할까요?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Prune removed %n leftover(s) and freed %1.</source>
        <translation>
            <numerusform>정리로 잔여물 %n개를 제거하고 %1을(를) 확보했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Update Your Profile</source>
        <translation>프로필 업데이트</translation>
    </message>
    <message>
        <source>Your profile (~/.bashrc, environment.d) still sets TFHUB_CACHE_DIR=%1, so shells and Python will keep using that folder. Write %2 there instead?</source>
        <translation>프로필(~/.bashrc, environment.d)에서 아직 TFHUB_CACHE_DIR=%1(으)로 설정되어 있어, 셸과 Python은 계속 그 폴더를 사용합니다. 대신 %2을(를) 프로필에 쓸까요?</translation>
    </message>
    <message>
        <source>&amp;Update Profile</source>
        <translation>프로필 업데이트(&amp;U)</translation>
    </message>
    <message>
        <source>Your profile now sets TFHUB_CACHE_DIR=%1: new shells and new logins use it.</source>
        <translation>이제 프로필에서 TFHUB_CACHE_DIR=%1(으)로 설정합니다. 새 셸과 새 로그인부터 적용됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>Quit and cancel %n running download(s)? Nothing half-downloaded is left in the cache.</source>
        <translation>
            <numerusform>종료하고 진행 중인 다운로드 %n개를 취소할까요? 다운로드하다 만 데이터는 캐시에 남지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard Paused Downloads</source>
        <translation>일시 중지된 다운로드 버리기</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %1 kept for %n paused download(s)? Downloading them again starts from the beginning.

%2</source>
        <translation>
            <numerusform>일시 중지된 다운로드 %n개에 보관된 %1을(를) 삭제할까요? 다시 다운로드하면 처음부터 시작합니다.

%2</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>버리기(&amp;D)</translation>
    </message>
    <message>
        <source>%1 is being downloaded; cancel that download first.</source>
        <translation>%1을(를) 다운로드하는 중입니다. 먼저 해당 다운로드를 취소하세요.</translation>
    </message>
    <message>
        <source>%1 could not be deleted; check its permissions.</source>
        <translation>%1을(를) 삭제할 수 없습니다. 권한을 확인하세요.</translation>
    </message>
    <message>
        <source>Some Paused Downloads Were Not Discarded</source>
        <translation>일부 일시 중지된 다운로드를 버리지 못함</translation>
    </message>
    <message>
        <source>Not Enough Space</source>
        <translation>공간 부족</translation>
    </message>
    <message>
        <source>Free some space or choose another cache folder in Settings first. Download anyway?</source>
        <translation>먼저 공간을 확보하거나 환경설정에서 다른 캐시 폴더를 선택하세요. 그래도 다운로드할까요?</translation>
    </message>
    <message>
        <source>Download Anyway</source>
        <translation>그래도 다운로드</translation>
    </message>
    <message>
        <source>Not downloaded: not enough free space.</source>
        <translation>다운로드하지 않음: 여유 공간이 부족합니다.</translation>
    </message>
    <message>
        <source>Download Failed</source>
        <translation>다운로드 실패</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Download Finished</source>
        <translation>다운로드 완료</translation>
    </message>
    <message>
        <source>%1 is in the handle field: press Resolve to get it.</source>
        <translation>%1이(가) 핸들 입력란에 들어 있습니다. 가져오기를 눌러 받으세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) still running. Keep downloading in the background? hubcache stays in the system tray and says when they end.</source>
        <translation>
            <numerusform>다운로드 %n개가 아직 진행 중입니다. 백그라운드에서 계속 다운로드할까요? hubcache는 시스템 트레이에 남아 있다가 다운로드가 끝나면 알려 줍니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep in &amp;Tray</source>
        <translation>트레이에 유지(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ProgressPrinter</name>
    <message>
        <source>Downloading TF-Hub Module &apos;%1&apos;.</source>
        <translation>TF-Hub 모듈 &apos;%1&apos;을(를) 다운로드하는 중입니다.</translation>
    </message>
    <message>
        <source> %1 s left</source>
        <translation> %1초 남음</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>a folder</source>
        <translation>폴더</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>~/.bashrc (shells, Python scripts started from them)</source>
        <translation>~/.bashrc(셸, 셸에서 시작한 Python 스크립트)</translation>
    </message>
    <message>
        <source>~/.config/environment.d (the desktop session: IDEs, notebooks)</source>
        <translation>~/.config/environment.d(데스크톱 세션: IDE, 노트북)</translation>
    </message>
    <message>
        <source>&amp;Write to Profile</source>
        <translation>프로필에 쓰기(&amp;W)</translation>
    </message>
    <message>
        <source>Re&amp;move from Profile</source>
        <translation>프로필에서 제거(&amp;M)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>환경설정</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>Cache Folder</source>
        <translation>캐시 폴더</translation>
    </message>
    <message>
        <source>Automatic (compressed)</source>
        <translation>자동(압축)</translation>
    </message>
    <message>
        <source>Compressed: download and cache</source>
        <translation>압축: 다운로드하여 캐시</translation>
    </message>
    <message>
        <source>Uncompressed: read from remote storage</source>
        <translation>비압축: 원격 저장소에서 읽기</translation>
    </message>
    <message>
        <source>TFHUB_MODEL_LOAD_FORMAT. Compressed downloads each model once and caches it; uncompressed reads it from Google Cloud Storage every time and caches nothing.</source>
        <translation>TFHUB_MODEL_LOAD_FORMAT. 압축은 각 모델을 한 번 다운로드하여 캐시하고, 비압축은 매번 Google Cloud Storage에서 읽으며 아무것도 캐시하지 않습니다.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>Takes effect when hubcache starts again.</source>
        <translation>hubcache를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>A JSON list of models</source>
        <translation>모델의 JSON 목록</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>찾아보기(&amp;R)…</translation>
    </message>
    <message>
        <source>Model Catalog</source>
        <translation>모델 카탈로그</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 파일 (*.json)</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>캐시</translation>
    </message>
    <message>
        <source>Cache &amp;folder:</source>
        <translation>캐시 폴더(&amp;F):</translation>
    </message>
    <message>
        <source>Load &amp;format:</source>
        <translation>로드 형식(&amp;O):</translation>
    </message>
    <message>
        <source>Make it persistent for Python and shells</source>
        <translation>Python과 셸에 영구적으로 적용</translation>
    </message>
    <message>
        <source>Writes TFHUB_CACHE_DIR and TFHUB_MODEL_LOAD_FORMAT into a block that hubcache manages, as the TensorFlow Hub documentation tells bash users to. Your other lines stay as they are, a backup is kept, and Remove takes the block out again.</source>
        <translation>TensorFlow Hub 문서에서 bash 사용자에게 안내하는 대로, TFHUB_CACHE_DIR과 TFHUB_MODEL_LOAD_FORMAT을 hubcache가 관리하는 블록에 씁니다. 다른 줄은 그대로 유지되고 백업이 보관되며, &apos;프로필에서 제거&apos;를 누르면 블록이 다시 삭제됩니다.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>애플리케이션</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Catalog file:</source>
        <translation>카탈로그 파일(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Downloads at once:</source>
        <translation>동시 다운로드 수(&amp;D):</translation>
    </message>
    <message>
        <source>This folder is in the temp folder, which is cleaned on reboot or by age: cached models will vanish and be downloaded again. Choose a folder in your home.</source>
        <translation>이 폴더는 재부팅 시 또는 오래되면 정리되는 임시 폴더 안에 있습니다. 캐시된 모델이 사라져 다시 다운로드해야 합니다. 홈 폴더 안의 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>TFHUB_CACHE_DIR is set to %1 in this session; it wins over this setting until you write the new folder to your profile and log in again.</source>
        <translation>이 세션에서는 TFHUB_CACHE_DIR이 %1(으)로 설정되어 있습니다. 새 폴더를 프로필에 쓰고 다시 로그인할 때까지는 이 값이 이 설정보다 우선합니다.</translation>
    </message>
    <message>
        <source>Nothing deletes cached models automatically: use the Cache page to free space.</source>
        <translation>캐시된 모델은 자동으로 삭제되지 않습니다. 공간을 확보하려면 캐시 페이지를 사용하세요.</translation>
    </message>
    <message>
        <source>Your profile has no hubcache block.</source>
        <translation>프로필에 hubcache 블록이 없습니다.</translation>
    </message>
    <message>
        <source>Your profile sets TFHUB_CACHE_DIR=%1, TFHUB_MODEL_LOAD_FORMAT=%2.</source>
        <translation>프로필 설정: TFHUB_CACHE_DIR=%1, TFHUB_MODEL_LOAD_FORMAT=%2.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(설정 안 됨)</translation>
    </message>
    <message>
        <source>New shells and new logins see it.</source>
        <translation>새 셸과 새 로그인부터 적용됩니다.</translation>
    </message>
    <message>
        <source>Where models are cached (TFHUB_CACHE_DIR): a local folder, or gs://bucket/folder for a cache in Google Cloud Storage shared by several machines. Empty: %1</source>
        <translation>모델을 캐시할 위치(TFHUB_CACHE_DIR): 로컬 폴더, 또는 여러 컴퓨터가 공유하는 Google Cloud Storage 캐시라면 gs://버킷/폴더. 비워 두면: %1</translation>
    </message>
    <message>
        <source>Where gs:// locations are read and written: Google Cloud Storage, or an emulator or proxy such as http://127.0.0.1:4443. HUBCACHE_GCS_ENDPOINT and STORAGE_EMULATOR_HOST win over this setting.</source>
        <translation>gs:// 위치를 읽고 쓰는 곳: Google Cloud Storage, 또는 http://127.0.0.1:4443 같은 에뮬레이터나 프록시. HUBCACHE_GCS_ENDPOINT와 STORAGE_EMULATOR_HOST가 이 설정보다 우선합니다.</translation>
    </message>
    <message>
        <source>Storage &amp;endpoint:</source>
        <translation>저장소 엔드포인트(&amp;E):</translation>
    </message>
    <message>
        <source>A cache in a bucket is shared by every machine and Python process that uses %1; each model is downloaded into it once. Reading a model from it needs the network.</source>
        <translation>버킷의 캐시는 %1을(를) 사용하는 모든 컴퓨터와 Python 프로세스가 공유하며, 각 모델은 한 번만 다운로드됩니다. 모델을 읽으려면 네트워크가 필요합니다.</translation>
    </message>
    <message>
        <source>Give the bucket and an optional folder, such as gs://my-bucket/tfhub_modules.</source>
        <translation>gs://my-bucket/tfhub_modules처럼 버킷과 선택적인 폴더를 지정하세요.</translation>
    </message>
    <message>
        <source>The storage endpoint %1 is not valid: give an http or https URL with a host and an optional port, such as http://127.0.0.1:4443.</source>
        <translation>저장소 엔드포인트 %1이(가) 올바르지 않습니다. http://127.0.0.1:4443처럼 호스트와 선택적인 포트가 있는 http 또는 https URL을 지정하세요.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>일반(&amp;G)</translation>
    </message>
    <message>
        <source>C&amp;redentials</source>
        <translation>자격 증명(&amp;R)</translation>
    </message>
    <message>
        <source>Press OK first: only saved settings are written to your profile.</source>
        <translation>먼저 확인을 누르세요. 저장된 설정만 프로필에 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Write TFHUB_CACHE_DIR=%1 to your profile.</source>
        <translation>TFHUB_CACHE_DIR=%1을(를) 프로필에 씁니다.</translation>
    </message>
    <message>
        <source>Press OK to save the changes above; then write them here.</source>
        <translation>위의 변경 사항을 저장하려면 확인을 누른 다음, 여기에서 프로필에 쓰세요.</translation>
    </message>
    <message>
        <source>A large archive (%1 or more) from a server that offers ranges is fetched over this many connections at once; its bytes are kept so that a stopped download resumes. Default: %2. HUBCACHE_PARALLEL_CONNECTIONS, if set, wins over this setting.</source>
        <translation>범위 요청을 지원하는 서버의 큰 아카이브(%1 이상)는 이 수만큼의 연결로 동시에 받습니다. 받은 데이터는 보관되므로 중단된 다운로드를 이어받을 수 있습니다. 기본값: %2. HUBCACHE_PARALLEL_CONNECTIONS가 설정되어 있으면 이 설정보다 우선합니다.</translation>
    </message>
    <message>
        <source>Set by HUBCACHE_PARALLEL_CONNECTIONS=%1, which wins over this setting.</source>
        <translation>HUBCACHE_PARALLEL_CONNECTIONS=%1로 설정되어 있으며, 이 값이 이 설정보다 우선합니다.</translation>
    </message>
    <message>
        <source>Co&amp;nnections per download:</source>
        <translation>다운로드당 연결 수(&amp;N):</translation>
    </message>
</context>
<context>
    <name>SmokeCommand</name>
    <message>
        <source>A model handle or a model folder.</source>
        <translation>모델 핸들 또는 모델 폴더.</translation>
    </message>
    <message>
        <source>The signature to run (default: serving_default, else the first).</source>
        <translation>실행할 시그니처(기본값: serving_default, 없으면 첫 번째 시그니처).</translation>
    </message>
    <message>
        <source>The meta graph&apos;s tags, comma-separated (default: serve).</source>
        <translation>메타 그래프의 태그, 쉼표로 구분(기본값: serve).</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>보고서를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>The value of every element of numeric inputs (default: 0).</source>
        <translation>숫자 입력의 모든 요소에 넣을 값(기본값: 0).</translation>
    </message>
    <message>
        <source>Stop the TensorFlow helper after this many seconds (default: 600; 0: never).</source>
        <translation>지정한 시간(초)이 지나면 TensorFlow 도우미를 중지합니다(기본값: 600, 0: 중지하지 않음).</translation>
    </message>
    <message>
        <source>Load TensorFlow in this process instead of a helper process (a crash then ends hubcache).</source>
        <translation>도우미 프로세스 대신 이 프로세스에서 TensorFlow를 로드합니다(이 경우 비정상 종료되면 hubcache도 함께 종료됩니다).</translation>
    </message>
    <message>
        <source>Show TensorFlow&apos;s own log on standard error.</source>
        <translation>TensorFlow 자체 로그를 표준 오류에 표시합니다.</translation>
    </message>
    <message>
        <source>The model&apos;s name in messages.</source>
        <translation>메시지에 표시할 모델 이름.</translation>
    </message>
    <message>
        <source>hubcache: %1</source>
        <translation>hubcache: %1</translation>
    </message>
    <message>
        <source>Try &apos;hubcache smoke --help&apos;.</source>
        <translation>&apos;hubcache smoke --help&apos;를 실행해 보세요.</translation>
    </message>
    <message>
        <source>smoke takes exactly one handle or model folder</source>
        <translation>smoke에는 핸들 또는 모델 폴더를 정확히 하나 지정해야 합니다</translation>
    </message>
    <message>
        <source>--fill takes a number</source>
        <translation>--fill에는 숫자를 지정해야 합니다</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds</source>
        <translation>--timeout에는 초 단위의 숫자를 지정해야 합니다</translation>
    </message>
    <message>
        <source>OK: the model loaded and ran.</source>
        <translation>OK: 모델이 로드되고 실행되었습니다.</translation>
    </message>
    <message>
        <source>hubcache: error: %1</source>
        <translation>hubcache: 오류: %1</translation>
    </message>
    <message>
        <source>The most memory all made-up inputs may take together, in bytes or with a K, M or G suffix (default: 256M).</source>
        <translation>임의로 만든 입력 전체가 함께 사용할 수 있는 최대 메모리, 바이트 단위 또는 K, M, G 접미사 사용(기본값: 256M).</translation>
    </message>
    <message>
        <source>--max-input-size takes a size above 0 in bytes, or with a K, M or G suffix (such as 512M)</source>
        <translation>--max-input-size에는 0보다 큰 크기를 바이트 단위로 지정하거나 K, M, G 접미사를 붙여(예: 512M) 지정해야 합니다</translation>
    </message>
    <message>
        <source>Prove that a model loads and runs, without Python: resolve it (downloading if needed; in the UNCOMPRESSED load format or for a gs:// folder it is read in place from remote storage), load it with the TensorFlow C API in a helper process, reading every file through hubcache, run one signature on made-up inputs, and report times, bytes read (and from where) and each output&apos;s type and shape.</source>
        <translation>Python 없이 모델이 로드되고 실행되는지 확인합니다: 모델을 resolve하고(필요하면 다운로드하며, UNCOMPRESSED 로드 형식이나 gs:// 폴더라면 원격 저장소에서 그대로 읽음), 보조 프로세스에서 TensorFlow C API로 모든 파일을 hubcache를 통해 읽어 로드하고, 임의의 입력으로 시그니처 하나를 실행한 뒤 시간, 읽은 바이트(와 그 출처), 각 출력의 형식과 모양을 보고합니다.</translation>
    </message>
</context>
<context>
    <name>SmokeError</name>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>TensorFlow runtime not found: run scripts/setup-debian.sh --python, or set HUBCACHE_TENSORFLOW_DIR to the folder of libtensorflow_cc.so.2</source>
        <translation>TensorFlow 런타임을 찾을 수 없습니다. scripts/setup-debian.sh --python을 실행하거나, HUBCACHE_TENSORFLOW_DIR을 libtensorflow_cc.so.2가 있는 폴더로 설정하세요</translation>
    </message>
    <message>
        <source>%1 has no meta graph with the tags &apos;%2&apos;; its tag sets are: %3 (choose one with --tags)</source>
        <translation>%1에 태그가 &apos;%2&apos;인 메타 그래프가 없습니다. 사용 가능한 태그 세트: %3 (--tags로 하나를 선택하세요)</translation>
    </message>
    <message>
        <source>%1 has no signature to run in the meta graph &apos;%2&apos; (only TensorFlow&apos;s internal ones)</source>
        <translation>%1의 메타 그래프 &apos;%2&apos;에 실행할 수 있는 시그니처가 없습니다(TensorFlow 내부용 시그니처만 있음)</translation>
    </message>
    <message>
        <source>%1 has no signature &apos;%2&apos;; its signatures are: %3 (choose one with --signature)</source>
        <translation>%1에 시그니처 &apos;%2&apos;이(가) 없습니다. 사용 가능한 시그니처: %3 (--signature로 하나를 선택하세요)</translation>
    </message>
    <message>
        <source>Cannot make input &apos;%1&apos; of signature &apos;%2&apos; of %3</source>
        <translation>%3의 시그니처 &apos;%2&apos;에 대한 입력 &apos;%1&apos;을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>%1 cannot be loaded: its variables are incomplete; delete the cache entry (hubcache rm) and download it again</source>
        <translation>%1을(를) 로드할 수 없습니다: 변수가 불완전합니다. 캐시 항목을 삭제하고(hubcache rm) 다시 다운로드하세요</translation>
    </message>
    <message>
        <source>TensorFlow could not restore the variables of %1; delete the cache entry (hubcache rm) and download it again</source>
        <translation>TensorFlow가 %1의 변수를 복원하지 못했습니다. 캐시 항목을 삭제하고(hubcache rm) 다시 다운로드하세요</translation>
    </message>
    <message>
        <source>TensorFlow could not load %1</source>
        <translation>TensorFlow가 %1을(를) 로드하지 못했습니다</translation>
    </message>
    <message>
        <source>TensorFlow could not run signature &apos;%1&apos; of %2</source>
        <translation>TensorFlow가 %2의 시그니처 &apos;%1&apos;을(를) 실행하지 못했습니다</translation>
    </message>
    <message>
        <source>The TensorFlow helper process crashed (%1) while loading or running %2; the model or the TensorFlow installation is faulty</source>
        <translation>%2을(를) 로드하거나 실행하는 중에 TensorFlow 도우미 프로세스가 비정상 종료되었습니다(%1). 모델 또는 TensorFlow 설치에 문제가 있습니다</translation>
    </message>
    <message>
        <source>The TensorFlow helper process did not finish within %1 s for %2 and was stopped (raise --timeout for big models)</source>
        <translation>TensorFlow 도우미 프로세스가 %2을(를) %1초 안에 처리하지 못해 중지되었습니다(큰 모델은 --timeout 값을 늘리세요)</translation>
    </message>
    <message>
        <source>The TensorFlow helper process for %1 failed</source>
        <translation>%1의 TensorFlow 도우미 프로세스가 실패했습니다</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>알 수 없는 오류</translation>
    </message>
    <message>
        <source>(no tags)</source>
        <translation>(태그 없음)</translation>
    </message>
    <message>
        <source>variables/variables.index is missing</source>
        <translation>variables/variables.index가 없음</translation>
    </message>
    <message>
        <source>variables/variables.data-* is missing</source>
        <translation>variables/variables.data-*가 없음</translation>
    </message>
    <message>
        <source>variables/%1 is missing</source>
        <translation>variables/%1이(가) 없음</translation>
    </message>
    <message>
        <source>inputs of type %1 cannot be made up</source>
        <translation>%1 유형의 입력은 임의로 만들 수 없음</translation>
    </message>
    <message>
        <source>its rank is unknown, so there is no shape to make it in</source>
        <translation>랭크를 알 수 없어 입력을 만들 형상을 정할 수 없음</translation>
    </message>
    <message>
        <source>its shape has %1 dimensions, more than the %2 TensorFlow allows</source>
        <translation>형상의 차원이 %1개로, TensorFlow가 허용하는 %2개보다 많음</translation>
    </message>
    <message>
        <source>its shape %1 needs more than %2 (the size does not fit in 64 bits)</source>
        <translation>형상 %1에는 %2보다 많은 공간이 필요함(크기가 64비트에 들어가지 않음)</translation>
    </message>
    <message>
        <source>its shape %1 needs %2 (%3 bytes)</source>
        <translation>형상 %1에 %2(%3바이트)이(가) 필요함</translation>
    </message>
    <message>
        <source>, the inputs before it %1</source>
        <translation>, 앞선 입력들이 %1 사용</translation>
    </message>
    <message>
        <source>%1%2, and all inputs together may take at most %3 (raise the limit with --max-input-size, or choose another signature)</source>
        <translation>%1%2. 모든 입력을 합쳐 최대 %3까지만 사용할 수 있음(--max-input-size로 한도를 늘리거나 다른 시그니처를 선택하세요)</translation>
    </message>
</context>
<context>
    <name>SmokeJob</name>
    <message>
        <source>it exited with code %1 without a report</source>
        <translation>보고서 없이 종료 코드 %1(으)로 끝남</translation>
    </message>
</context>
<context>
    <name>SmokeReport</name>
    <message>
        <source>Model:       %1</source>
        <translation>모델:        %1</translation>
    </message>
    <message>
        <source>Folder:      %1 (%2)</source>
        <translation>폴더:        %1 (%2)</translation>
    </message>
    <message>
        <source>already on disk</source>
        <translation>이미 디스크에 있음</translation>
    </message>
    <message>
        <source>downloaded now</source>
        <translation>이번에 다운로드함</translation>
    </message>
    <message>
        <source>TensorFlow:  %1 from %2</source>
        <translation>TensorFlow:  %1 (위치: %2)</translation>
    </message>
    <message>
        <source>Reads:       through hubcache&apos;s filesystem plugin (%1): %2 bytes in %3 files</source>
        <translation>읽기:        hubcache 파일 시스템 플러그인 경유(%1): 파일 %3개, %2바이트</translation>
    </message>
    <message>
        <source>Reads:       TensorFlow&apos;s own (plugin not used: %1): about %2 bytes</source>
        <translation>읽기:        TensorFlow 자체 읽기(플러그인 사용 안 함: %1), 읽은 바이트 수(대략): %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Tags:        %1</source>
        <translation>태그:        %1</translation>
    </message>
    <message>
        <source>Signature:   %1 (of %2)</source>
        <translation>시그니처:    %1 (전체: %2)</translation>
    </message>
    <message>
        <source>Load:        %1 ms</source>
        <translation>로드:        %1ms</translation>
    </message>
    <message>
        <source>Run:         %1 ms</source>
        <translation>실행:        %1ms</translation>
    </message>
    <message>
        <source>  input  %1: %2 %3 (declared %4)</source>
        <translation>  입력 %1: %2 %3 (선언: %4)</translation>
    </message>
    <message>
        <source>  output %1: %2 %3</source>
        <translation>  출력 %1: %2 %3</translation>
    </message>
    <message>
        <source>Folder:      %1 (in remote storage, read in place)</source>
        <translation>폴더:        %1 (원격 저장소, 그대로 읽음)</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>Source:      %1 bytes read from %2 by hubcache&apos;s storage reader, %3 ms waiting, %4</source>
        <translation>출처:        hubcache의 저장소 리더가 %2에서 %1바이트를 읽음, 대기 %3 ms, %4</translation>
    </message>
</context>
<context>
    <name>SmokeRunner</name>
    <message>
        <source>the MetaGraphDef TensorFlow returned cannot be read: %1</source>
        <translation>TensorFlow가 반환한 MetaGraphDef를 읽을 수 없음: %1</translation>
    </message>
    <message>
        <source>the graph has no tensor %1 (for &apos;%2&apos;)</source>
        <translation>그래프에 텐서 %1이(가) 없음(&apos;%2&apos;용)</translation>
    </message>
    <message>
        <source>TensorFlow cannot allocate a %1 tensor of shape %2</source>
        <translation>TensorFlow가 형상이 %2인 %1 텐서를 할당할 수 없음</translation>
    </message>
    <message>
        <source>this hubcache was built without TensorFlow&apos;s headers; install the tensorflow-cpu wheel, then configure again (cmake) and rebuild</source>
        <translation>이 hubcache는 TensorFlow 헤더 없이 빌드되었습니다. tensorflow-cpu 휠을 설치한 다음 다시 구성(cmake)하고 다시 빌드하세요</translation>
    </message>
    <message>
        <source>%1 is in remote storage, which is read only through hubcache&apos;s filesystem plugin, and the plugin cannot be used: %2</source>
        <translation>%1은(는) 원격 저장소에 있어 hubcache의 파일 시스템 플러그인으로만 읽을 수 있는데, 플러그인을 사용할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>SmokeTestDialog</name>
    <message>
        <source>&amp;Run Again</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>중지(&amp;S)</translation>
    </message>
    <message>
        <source>Smoke Test — %1</source>
        <translation>스모크 테스트 — %1</translation>
    </message>
    <message>
        <source>The signature to run; the default is serving_default, or the only one there is.</source>
        <translation>실행할 시그니처. 기본값은 serving_default이며, 시그니처가 하나뿐이면 그 시그니처입니다.</translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation>텐서</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>형상</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>값</translation>
    </message>
    <message>
        <source>The helper&apos;s log appears here.</source>
        <translation>도우미 프로세스의 로그가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>시그니처:</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>로그:</translation>
    </message>
    <message>
        <source>Cannot run the smoke test: %1 is missing.</source>
        <translation>스모크 테스트를 실행할 수 없습니다: %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Loading %1 with TensorFlow in a separate process…</source>
        <translation>별도 프로세스에서 TensorFlow로 %1을(를) 로드하는 중…</translation>
    </message>
    <message>
        <source>The smoke test process stopped before it could report (see the log).</source>
        <translation>스모크 테스트 프로세스가 결과를 보고하기 전에 중지되었습니다(로그 참조).</translation>
    </message>
    <message>
        <source>The smoke test gave no report (see the log).</source>
        <translation>스모크 테스트가 결과를 보고하지 않았습니다(로그 참조).</translation>
    </message>
    <message>
        <source>TensorFlow %1</source>
        <translation>TensorFlow %1</translation>
    </message>
    <message>
        <source>loaded in %1 ms</source>
        <translation>로드 %1ms</translation>
    </message>
    <message>
        <source>ran in %1 ms</source>
        <translation>실행 %1ms</translation>
    </message>
    <message>
        <source>%1 read through hubcache&apos;s file system plugin</source>
        <translation>hubcache 파일 시스템 플러그인으로 %1 읽음</translation>
    </message>
    <message>
        <source>read by TensorFlow directly (%1)</source>
        <translation>TensorFlow가 직접 읽음(%1)</translation>
    </message>
    <message>
        <source>plugin not used</source>
        <translation>플러그인 사용 안 함</translation>
    </message>
    <message>
        <source>declared %1</source>
        <translation>선언: %1</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>OK: %1 loaded and ran signature &apos;%2&apos;.</source>
        <translation>OK: %1을(를) 로드하고 시그니처 &apos;%2&apos;을(를) 실행했습니다.</translation>
    </message>
    <message>
        <source>Available: %1</source>
        <translation>사용 가능: %1</translation>
    </message>
    <message>
        <source>%1 read from %2 by hubcache</source>
        <translation>hubcache가 %2에서 %1 읽음</translation>
    </message>
    <message>
        <source> at %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message>
        <source>The value of every element of the numeric inputs (hubcache smoke --fill); string inputs stay empty. Press Enter or Run Again to run with it.</source>
        <translation>숫자 입력의 모든 요소에 넣을 값입니다(hubcache smoke --fill). 문자열 입력은 비워 둡니다. Enter 또는 다시 실행을 누르면 이 값으로 실행합니다.</translation>
    </message>
    <message>
        <source>&amp;Fill inputs with:</source>
        <translation>입력 채우기 값(&amp;F):</translation>
    </message>
    <message>
        <source>The fill value &apos;%1&apos; is not a number; type one such as 0, 1.5 or -1.</source>
        <translation>채우기 값 &apos;%1&apos;은(는) 숫자가 아닙니다. 0, 1.5, -1 같은 숫자를 입력하세요.</translation>
    </message>
    <message>
        <source>numeric inputs filled with %1</source>
        <translation>숫자 입력을 %1(으)로 채움</translation>
    </message>
    <message>
        <source>all %1</source>
        <translation>모두 %1</translation>
    </message>
</context>
<context>
    <name>TensorFlowRuntime</name>
    <message>
        <source>no %1 in %2</source>
        <translation>%2에 %1이(가) 없음</translation>
    </message>
    <message>
        <source>cannot load %1: %2</source>
        <translation>%1을(를) 로드할 수 없음: %2</translation>
    </message>
    <message>
        <source>%1 has no %2 (not a TensorFlow 2 C API library)</source>
        <translation>%1에 %2이(가) 없음(TensorFlow 2 C API 라이브러리가 아님)</translation>
    </message>
    <message>
        <source>no folder to look in</source>
        <translation>찾아볼 폴더가 없음</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>What takes the space in the cache folder; click a box to select the entry.</source>
        <translation>캐시 폴더의 공간을 차지하는 항목입니다. 상자를 클릭하면 해당 항목이 선택됩니다.</translation>
    </message>
    <message>
        <source>The cache folder is empty.</source>
        <translation>캐시 폴더가 비어 있습니다.</translation>
    </message>
</context>
<context>
    <name>UsageLegend</name>
    <message>
        <source>Area shows size:</source>
        <translation>면적은 크기를 나타냄:</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>모델 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) in progress</source>
        <translation>
            <numerusform>진행 중인 다운로드 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken entry(s)</source>
        <translation>
            <numerusform>손상된 항목 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leftover(s) (temp folders, stale locks)</source>
        <translation>
            <numerusform>잔여물 %n개(임시 폴더, 오래된 잠금)</numerusform>
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
        <translation>hubcache: 오류: 명령줄 모듈 %1을(를) 로드할 수 없습니다(%2). 이 모듈은 hubcache의 일부입니다. hubcache를 다시 설치하세요.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse, prefetch, inspect and delete TensorFlow Hub models in the tensorflow_hub cache.</source>
        <translation>tensorflow_hub 캐시의 TensorFlow Hub 모델을 둘러보고, 미리 가져오고, 검사하고, 삭제합니다.</translation>
    </message>
    <message>
        <source>Start the built-in offline demo model host.</source>
        <translation>내장된 오프라인 데모 모델 호스트를 시작합니다.</translation>
    </message>
    <message>
        <source>Language (en, ko, es, ja); default: the setting, then the system&apos;s.</source>
        <translation>언어(en, ko, es, ja). 기본값: 설정값, 없으면 시스템 언어.</translation>
    </message>
</context>
</TS>
