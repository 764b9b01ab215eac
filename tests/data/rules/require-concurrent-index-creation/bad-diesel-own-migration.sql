-- test: layout=diesel
CREATE INDEX post_published ON post (published DESC, id DESC);
