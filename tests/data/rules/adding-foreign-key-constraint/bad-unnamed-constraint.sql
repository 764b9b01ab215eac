ALTER TABLE app.orders ADD FOREIGN KEY (user_id, shop_id) REFERENCES app.users;
