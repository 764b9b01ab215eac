-- a comment with a_very_long_word_that_is_not_an_identifier_but_only_a_comment_text_here
COMMENT ON TABLE users IS 'a_very_long_word_that_is_not_an_identifier_but_only_a_string_literal_here';
CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $body$ SELECT 'x' AS a_very_long_alias_inside_a_function_body_that_is_not_checked_here $body$;
