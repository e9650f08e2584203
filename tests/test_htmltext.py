from __future__ import annotations

from bot.htmltext import clean_feed_text, html_to_text, strip_boilerplate


def test_block_elements_become_paragraph_breaks() -> None:
    assert html_to_text("<p>First part.</p><p>Second part.</p>") == "First part.\n\nSecond part."


def test_br_becomes_line_break() -> None:
    assert html_to_text("one<br>two<br/>three") == "one\ntwo\nthree"


def test_inline_tags_are_removed_without_breaking_words() -> None:
    assert html_to_text("A <b>bold</b> and <a href='x?a=1&amp;b=2'>linked</a> word") == "A bold and linked word"


def test_scripts_and_styles_are_dropped() -> None:
    markup = "<p>Kept.</p><script>var x = '<p>no</p>';</script><style>p { color: red }</style><p>Also kept.</p>"
    assert html_to_text(markup) == "Kept.\n\nAlso kept."


def test_comments_are_dropped() -> None:
    assert html_to_text("before <!-- a <b>comment</b> --> after") == "before after"


def test_entities_are_decoded_once() -> None:
    # The XML layer already turned &amp;amp; into &amp;; the HTML layer must give "R&B", not "R&amp;B".
    assert html_to_text("R&amp;B and the tour &lt;Chapter One&gt;") == "R&B and the tour <Chapter One>"


def test_text_that_looks_like_escaped_entity_stays_literal_after_one_decode() -> None:
    assert html_to_text("write &amp;lt; for a less-than sign") == "write &lt; for a less-than sign"


def test_double_escaped_html_tags_are_stripped_too() -> None:
    assert html_to_text("&lt;p&gt;Hello there.&lt;/p&gt;&lt;p&gt;Bye &amp;amp; thanks.&lt;/p&gt;") == (
        "Hello there.\n\nBye & thanks."
    )


def test_whitespace_is_collapsed_and_nbsp_becomes_space() -> None:
    assert html_to_text("  many \n\n  spaces&nbsp;here\t ") == "many spaces here"


def test_unclosed_angle_bracket_in_text_is_kept() -> None:
    assert html_to_text("3 < 5 and 7 > 2") == "3 < 5 and 7 > 2"


def test_wordpress_footer_is_removed() -> None:
    text = "The group thanked fans at the show. The post Group Thanks Fans appeared first on Example Site."
    assert strip_boilerplate(text) == "The group thanked fans at the show."


def test_continue_reading_footer_cut_mid_word_is_removed() -> None:
    text = ("The singer shared a photo with a friend… Continue reading Singer Shares Photo "
            "The post Singer Shares Photo appeared f")
    assert strip_boilerplate(text) == "The singer shared a photo with a friend…"


def test_footer_cut_before_appeared_is_removed_when_title_is_known() -> None:
    text = "The band filmed a new challenge. The post Band Films New Chall"
    assert strip_boilerplate(text, "Band Films New Challenge") == "The band filmed a new challenge."


def test_wordpress_bracket_ellipsis_becomes_ellipsis() -> None:
    text = "The duo covered a classic song at the [&hellip;]"
    assert strip_boilerplate(html_to_text(text)) == "The duo covered a classic song at the…"


def test_bracket_ellipsis_then_footer_is_removed() -> None:
    text = "They met backstage at […] The post They Met Backstage appeared first on Fan News."
    assert strip_boilerplate(text) == "They met backstage at…"


def test_text_without_boilerplate_is_unchanged() -> None:
    text = "Two idols posted a dance challenge together.\n\nFans loved it."
    assert strip_boilerplate(text) == text


def test_clean_feed_text_keeps_plain_text_line_breaks() -> None:
    assert clean_feed_text("line one\nline  two", is_html=False) == "line one\nline two"


def test_clean_feed_text_strips_html_and_footer() -> None:
    markup = ('<p>They sang together.</p><p>The post <a href="https://x.test/a">They Sang</a> appeared first '
              'on <a href="https://x.test">X</a>.</p>')
    assert clean_feed_text(markup, "They Sang") == "They sang together."
