UPDATE orders SET status = upper(legacy);
