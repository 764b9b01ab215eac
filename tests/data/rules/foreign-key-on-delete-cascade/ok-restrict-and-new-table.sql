ALTER TABLE order_items ADD CONSTRAINT order_items_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE RESTRICT NOT VALID;
ALTER TABLE order_items ADD CONSTRAINT order_items_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON UPDATE CASCADE NOT VALID;
CREATE TABLE likes (post_id bigint REFERENCES posts (id) ON DELETE CASCADE);
ALTER TABLE likes ADD CONSTRAINT likes_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
