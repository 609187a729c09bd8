; ModuleID = 'llama3_8b'
source_filename = "llama3_8b"
target triple = "x86_64-unknown-linux-gnu"

@llama3_8b.name = private unnamed_addr constant [10 x i8] c"llama3_8b\00"
@llama3_8b.spec = private unnamed_addr constant [369 x i8] c"attncc: 1\0Aname: llama3_8b\0Aphase: mixed\0Akind: self\0Aheads: {q: 32, kv: 8, dim: 128, v_dim: 128}\0Atypes: {q: f32, cache: f16, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 8192, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true}\0Aoutput: {lse: true}\0Aslim: {order: auto}\0Amodel: {layers: 1, d_model: 0}\0A\00"
@llama3_8b_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32 } { i32 3, i32 1, i64 -6063198337179026250, ptr @llama3_8b.name, ptr @llama3_8b.spec, i32 32, i32 8, i32 128, i32 128, i32 0, i32 1, i32 0, i32 2, i32 0, i32 0, i32 8192, i32 1, i32 1, float 0x3FB6A09E60000000, i32 0, i32 0, i32 0 }, align 8
@llama3_8b_kernel = internal constant { ptr, ptr, i32, i32, i32, i32, i32, i32, ptr } { ptr @llama3_8b_info_data, ptr @llama3_8b_tile, i32 32, i32 4, i32 16, i32 256, i32 8, i32 128, ptr null }, align 8

; Function Attrs: nounwind
define internal void @llama3_8b_tile(ptr %0, ptr %1) #0 {
entry:
  %lv = alloca [8 x <16 x float>], align 64
  %mv = alloca [8 x <16 x float>], align 64
  %lims = alloca [128 x i32], align 64
  %rowbuf = alloca [8 x <16 x float>], align 64
  %ot = alloca [65536 x i8], align 64
  %st = alloca [7680 x i8], align 64
  %vbuf = alloca [24576 x i8], align 64
  %kbuf = alloca [30720 x i8], align 64
  %qt = alloca [65536 x i8], align 64
  %ls = alloca [128 x float], align 64
  %ms = alloca [128 x float], align 64
  %q_row0 = load i64, ptr %1, align 4
  %2 = getelementptr i8, ptr %1, i64 8
  %seq = load i32, ptr %2, align 4
  %3 = getelementptr i8, ptr %1, i64 12
  %kv_head = load i32, ptr %3, align 4
  %4 = getelementptr i8, ptr %1, i64 16
  %h_begin = load i32, ptr %4, align 4
  %5 = getelementptr i8, ptr %1, i64 20
  %h_end = load i32, ptr %5, align 4
  %nh = sub i32 %h_end, %h_begin
  %6 = getelementptr i8, ptr %1, i64 24
  %q_begin = load i32, ptr %6, align 4
  %7 = getelementptr i8, ptr %1, i64 28
  %q_end = load i32, ptr %7, align 4
  %8 = sub i32 %q_end, %q_begin
  %nrows = mul i32 %8, %nh
  %9 = getelementptr i8, ptr %1, i64 32
  %q_pos0 = load i32, ptr %9, align 4
  %10 = getelementptr i8, ptr %1, i64 36
  %k_begin = load i32, ptr %10, align 4
  %11 = getelementptr i8, ptr %1, i64 40
  %k_end = load i32, ptr %11, align 4
  %12 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %12, align 8
  %13 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %13, align 8
  %14 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %14, align 8
  %15 = getelementptr i8, ptr %0, i64 48
  %lse = load ptr, ptr %15, align 8
  %16 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %16, align 8
  %17 = sext i32 %seq to i64
  %18 = sext i32 %kv_head to i64
  %19 = mul i64 %17, 65536
  %20 = add i64 %19, %18
  %21 = mul i64 %20, 256
  %22 = getelementptr i8, ptr %k_cache, i64 %21
  %23 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %23, align 8
  %24 = getelementptr i8, ptr %v_cache, i64 %21
  %25 = icmp sgt i32 %nrows, 0
  br i1 %25, label %qrow, label %done

done:                                             ; preds = %orow125, %entry
  ret void

qrow:                                             ; preds = %entry, %exit8
  %qrow1 = phi i32 [ %67, %exit8 ], [ 0, %entry ]
  %26 = icmp slt i32 %qrow1, 128
  br i1 %26, label %body, label %otzero

body:                                             ; preds = %qrow
  %27 = icmp slt i32 %qrow1, %nrows
  %28 = sub i32 %nrows, 1
  %29 = call i32 @llvm.smin.i32(i32 %qrow1, i32 %28)
  %30 = sdiv i32 %29, %nh
  %qi = add i32 %q_begin, %30
  %31 = srem i32 %29, %nh
  %h = add i32 %h_begin, %31
  %32 = mul i32 %kv_head, 4
  %hq = add i32 %32, %h
  %33 = sext i32 %qi to i64
  %34 = add i64 %q_row0, %33
  %35 = mul i64 %34, 32
  %36 = sext i32 %hq to i64
  %orow = add i64 %35, %36
  %37 = mul i64 %orow, 512
  %38 = getelementptr i8, ptr %q, i64 %37
  %39 = select i1 %27, float 0x3FC0527DC0000000, float 0.000000e+00
  %40 = insertelement <16 x float> poison, float %39, i32 0
  %splat = shufflevector <16 x float> %40, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %47, %body2 ]
  %41 = icmp slt i64 %chunk5, 8
  br i1 %41, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %42 = mul i64 %chunk5, 64
  %43 = getelementptr i8, ptr %38, i64 %42
  %44 = load <16 x float>, ptr %43, align 4
  %45 = fmul <16 x float> %44, %splat
  %46 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk5
  store <16 x float> %45, ptr %46, align 64
  %47 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %48 = sext i32 %qrow1 to i64
  %49 = getelementptr i32, ptr %lims, i64 %48
  %50 = add i32 %q_pos0, %qi
  %51 = add i32 %50, 1
  %52 = call i32 @llvm.smin.i32(i32 %51, i32 %k_end)
  store i32 %52, ptr %49, align 4
  %53 = sdiv i32 %qrow1, 32
  %54 = sext i32 %53 to i64
  %55 = mul i64 %54, 4096
  %56 = getelementptr i32, ptr %qt, i64 %55
  %57 = srem i32 %qrow1, 32
  br label %qcol

qcol:                                             ; preds = %body6, %exit4
  %qcol9 = phi i32 [ 0, %exit4 ], [ %66, %body6 ]
  %58 = icmp slt i32 %qcol9, 128
  br i1 %58, label %body6, label %exit8

body6:                                            ; preds = %qcol
  %59 = sext i32 %qcol9 to i64
  %60 = getelementptr i32, ptr %rowbuf, i64 %59
  %61 = load float, ptr %60, align 4
  %62 = sext i32 %57 to i64
  %63 = mul i64 %59, 32
  %64 = add i64 %63, %62
  %65 = getelementptr i32, ptr %56, i64 %64
  store float %61, ptr %65, align 4
  %66 = add nsw i32 %qcol9, 1
  br label %qcol

exit8:                                            ; preds = %qcol
  %67 = add nsw i32 %qrow1, 1
  br label %qrow

otzero:                                           ; preds = %qrow, %body10
  %otzero13 = phi i32 [ %72, %body10 ], [ 0, %qrow ]
  %68 = icmp slt i32 %otzero13, 1024
  br i1 %68, label %body10, label %exit12

body10:                                           ; preds = %otzero
  %69 = sext i32 %otzero13 to i64
  %70 = mul i64 %69, 16
  %71 = getelementptr i32, ptr %ot, i64 %70
  store <16 x float> zeroinitializer, ptr %71, align 64
  %72 = add nsw i32 %otzero13, 1
  br label %otzero

exit12:                                           ; preds = %otzero
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %mv, align 64
  store <16 x float> zeroinitializer, ptr %lv, align 64
  %73 = getelementptr <16 x float>, ptr %mv, i64 1
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %73, align 64
  %74 = getelementptr <16 x float>, ptr %lv, i64 1
  store <16 x float> zeroinitializer, ptr %74, align 64
  %75 = getelementptr <16 x float>, ptr %mv, i64 2
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %75, align 64
  %76 = getelementptr <16 x float>, ptr %lv, i64 2
  store <16 x float> zeroinitializer, ptr %76, align 64
  %77 = getelementptr <16 x float>, ptr %mv, i64 3
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %77, align 64
  %78 = getelementptr <16 x float>, ptr %lv, i64 3
  store <16 x float> zeroinitializer, ptr %78, align 64
  %79 = getelementptr <16 x float>, ptr %mv, i64 4
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %79, align 64
  %80 = getelementptr <16 x float>, ptr %lv, i64 4
  store <16 x float> zeroinitializer, ptr %80, align 64
  %81 = getelementptr <16 x float>, ptr %mv, i64 5
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %81, align 64
  %82 = getelementptr <16 x float>, ptr %lv, i64 5
  store <16 x float> zeroinitializer, ptr %82, align 64
  %83 = getelementptr <16 x float>, ptr %mv, i64 6
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %83, align 64
  %84 = getelementptr <16 x float>, ptr %lv, i64 6
  store <16 x float> zeroinitializer, ptr %84, align 64
  %85 = getelementptr <16 x float>, ptr %mv, i64 7
  store <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, ptr %85, align 64
  %86 = getelementptr <16 x float>, ptr %lv, i64 7
  store <16 x float> zeroinitializer, ptr %86, align 64
  %87 = sub i32 %nrows, 1
  %88 = sdiv i32 %87, %nh
  %89 = add i32 %q_begin, %88
  %90 = add i32 %q_pos0, %89
  %91 = add i32 %90, 1
  %92 = call i32 @llvm.smin.i32(i32 %91, i32 %k_end)
  %k_last = sub i32 %92, 1
  br label %ktile

ktile:                                            ; preds = %exit43, %exit12
  %ktile17 = phi i32 [ %k_begin, %exit12 ], [ %206, %exit43 ]
  %93 = icmp slt i32 %ktile17, %92
  br i1 %93, label %body14, label %exit16

body14:                                           ; preds = %ktile
  %94 = sub i32 %92, %ktile17
  %95 = call i32 @llvm.smin.i32(i32 48, i32 %94)
  %96 = add i32 %95, 11
  %97 = sdiv i32 %96, 12
  %98 = mul i32 %97, 12
  br label %kpack

exit16:                                           ; preds = %ktile
  %99 = load <16 x float>, ptr %mv, align 64
  store <16 x float> %99, ptr %ms, align 64
  %100 = load <16 x float>, ptr %lv, align 64
  store <16 x float> %100, ptr %ls, align 64
  %101 = getelementptr float, ptr %ms, i64 16
  %102 = load <16 x float>, ptr %73, align 64
  store <16 x float> %102, ptr %101, align 64
  %103 = getelementptr float, ptr %ls, i64 16
  %104 = load <16 x float>, ptr %74, align 64
  store <16 x float> %104, ptr %103, align 64
  %105 = getelementptr float, ptr %ms, i64 32
  %106 = load <16 x float>, ptr %75, align 64
  store <16 x float> %106, ptr %105, align 64
  %107 = getelementptr float, ptr %ls, i64 32
  %108 = load <16 x float>, ptr %76, align 64
  store <16 x float> %108, ptr %107, align 64
  %109 = getelementptr float, ptr %ms, i64 48
  %110 = load <16 x float>, ptr %77, align 64
  store <16 x float> %110, ptr %109, align 64
  %111 = getelementptr float, ptr %ls, i64 48
  %112 = load <16 x float>, ptr %78, align 64
  store <16 x float> %112, ptr %111, align 64
  %113 = getelementptr float, ptr %ms, i64 64
  %114 = load <16 x float>, ptr %79, align 64
  store <16 x float> %114, ptr %113, align 64
  %115 = getelementptr float, ptr %ls, i64 64
  %116 = load <16 x float>, ptr %80, align 64
  store <16 x float> %116, ptr %115, align 64
  %117 = getelementptr float, ptr %ms, i64 80
  %118 = load <16 x float>, ptr %81, align 64
  store <16 x float> %118, ptr %117, align 64
  %119 = getelementptr float, ptr %ls, i64 80
  %120 = load <16 x float>, ptr %82, align 64
  store <16 x float> %120, ptr %119, align 64
  %121 = getelementptr float, ptr %ms, i64 96
  %122 = load <16 x float>, ptr %83, align 64
  store <16 x float> %122, ptr %121, align 64
  %123 = getelementptr float, ptr %ls, i64 96
  %124 = load <16 x float>, ptr %84, align 64
  store <16 x float> %124, ptr %123, align 64
  %125 = getelementptr float, ptr %ms, i64 112
  %126 = load <16 x float>, ptr %85, align 64
  store <16 x float> %126, ptr %125, align 64
  %127 = getelementptr float, ptr %ls, i64 112
  %128 = load <16 x float>, ptr %86, align 64
  store <16 x float> %128, ptr %127, align 64
  br label %orow125

kpack:                                            ; preds = %body18, %body14
  %kpack21 = phi i32 [ 0, %body14 ], [ %160, %body18 ]
  %129 = icmp slt i32 %kpack21, %98
  br i1 %129, label %body18, label %vpack

body18:                                           ; preds = %kpack
  %130 = add i32 %ktile17, %kpack21
  %131 = call i32 @llvm.smin.i32(i32 %130, i32 %k_last)
  %132 = sext i32 %131 to i64
  %133 = mul i64 %132, 2048
  %134 = getelementptr i8, ptr %22, i64 %133
  %135 = sext i32 %kpack21 to i64
  %136 = mul i64 %135, 128
  %137 = getelementptr i32, ptr %kbuf, i64 %136
  %138 = load <16 x half>, ptr %134, align 2
  %f16 = fpext <16 x half> %138 to <16 x float>
  store <16 x float> %f16, ptr %137, align 64
  %139 = getelementptr i8, ptr %134, i64 32
  %140 = load <16 x half>, ptr %139, align 2
  %f1622 = fpext <16 x half> %140 to <16 x float>
  %141 = getelementptr i8, ptr %137, i64 64
  store <16 x float> %f1622, ptr %141, align 64
  %142 = getelementptr i8, ptr %134, i64 64
  %143 = load <16 x half>, ptr %142, align 2
  %f1623 = fpext <16 x half> %143 to <16 x float>
  %144 = getelementptr i8, ptr %137, i64 128
  store <16 x float> %f1623, ptr %144, align 64
  %145 = getelementptr i8, ptr %134, i64 96
  %146 = load <16 x half>, ptr %145, align 2
  %f1624 = fpext <16 x half> %146 to <16 x float>
  %147 = getelementptr i8, ptr %137, i64 192
  store <16 x float> %f1624, ptr %147, align 64
  %148 = getelementptr i8, ptr %134, i64 128
  %149 = load <16 x half>, ptr %148, align 2
  %f1625 = fpext <16 x half> %149 to <16 x float>
  %150 = getelementptr i8, ptr %137, i64 256
  store <16 x float> %f1625, ptr %150, align 64
  %151 = getelementptr i8, ptr %134, i64 160
  %152 = load <16 x half>, ptr %151, align 2
  %f1626 = fpext <16 x half> %152 to <16 x float>
  %153 = getelementptr i8, ptr %137, i64 320
  store <16 x float> %f1626, ptr %153, align 64
  %154 = getelementptr i8, ptr %134, i64 192
  %155 = load <16 x half>, ptr %154, align 2
  %f1627 = fpext <16 x half> %155 to <16 x float>
  %156 = getelementptr i8, ptr %137, i64 384
  store <16 x float> %f1627, ptr %156, align 64
  %157 = getelementptr i8, ptr %134, i64 224
  %158 = load <16 x half>, ptr %157, align 2
  %f1628 = fpext <16 x half> %158 to <16 x float>
  %159 = getelementptr i8, ptr %137, i64 448
  store <16 x float> %f1628, ptr %159, align 64
  %160 = add nsw i32 %kpack21, 1
  br label %kpack

vpack:                                            ; preds = %kpack, %body29
  %vpack32 = phi i32 [ %191, %body29 ], [ 0, %kpack ]
  %161 = icmp slt i32 %vpack32, %95
  br i1 %161, label %body29, label %exit31

body29:                                           ; preds = %vpack
  %162 = add i32 %ktile17, %vpack32
  %163 = sext i32 %162 to i64
  %164 = mul i64 %163, 2048
  %165 = getelementptr i8, ptr %24, i64 %164
  %166 = sext i32 %vpack32 to i64
  %167 = mul i64 %166, 128
  %168 = getelementptr i32, ptr %vbuf, i64 %167
  %169 = load <16 x half>, ptr %165, align 2
  %f1633 = fpext <16 x half> %169 to <16 x float>
  store <16 x float> %f1633, ptr %168, align 64
  %170 = getelementptr i8, ptr %165, i64 32
  %171 = load <16 x half>, ptr %170, align 2
  %f1634 = fpext <16 x half> %171 to <16 x float>
  %172 = getelementptr i8, ptr %168, i64 64
  store <16 x float> %f1634, ptr %172, align 64
  %173 = getelementptr i8, ptr %165, i64 64
  %174 = load <16 x half>, ptr %173, align 2
  %f1635 = fpext <16 x half> %174 to <16 x float>
  %175 = getelementptr i8, ptr %168, i64 128
  store <16 x float> %f1635, ptr %175, align 64
  %176 = getelementptr i8, ptr %165, i64 96
  %177 = load <16 x half>, ptr %176, align 2
  %f1636 = fpext <16 x half> %177 to <16 x float>
  %178 = getelementptr i8, ptr %168, i64 192
  store <16 x float> %f1636, ptr %178, align 64
  %179 = getelementptr i8, ptr %165, i64 128
  %180 = load <16 x half>, ptr %179, align 2
  %f1637 = fpext <16 x half> %180 to <16 x float>
  %181 = getelementptr i8, ptr %168, i64 256
  store <16 x float> %f1637, ptr %181, align 64
  %182 = getelementptr i8, ptr %165, i64 160
  %183 = load <16 x half>, ptr %182, align 2
  %f1638 = fpext <16 x half> %183 to <16 x float>
  %184 = getelementptr i8, ptr %168, i64 320
  store <16 x float> %f1638, ptr %184, align 64
  %185 = getelementptr i8, ptr %165, i64 192
  %186 = load <16 x half>, ptr %185, align 2
  %f1639 = fpext <16 x half> %186 to <16 x float>
  %187 = getelementptr i8, ptr %168, i64 384
  store <16 x float> %f1639, ptr %187, align 64
  %188 = getelementptr i8, ptr %165, i64 224
  %189 = load <16 x half>, ptr %188, align 2
  %f1640 = fpext <16 x half> %189 to <16 x float>
  %190 = getelementptr i8, ptr %168, i64 448
  store <16 x float> %f1640, ptr %190, align 64
  %191 = add nsw i32 %vpack32, 1
  br label %vpack

exit31:                                           ; preds = %vpack
  %192 = add i32 %nrows, 31
  %nblk = sdiv i32 %192, 32
  br label %rblock

rblock:                                           ; preds = %join, %exit31
  %rblock44 = phi i32 [ 0, %exit31 ], [ %217, %join ]
  %193 = icmp slt i32 %rblock44, %nblk
  br i1 %193, label %body41, label %exit43

body41:                                           ; preds = %rblock
  %194 = sext i32 %rblock44 to i64
  %195 = mul i32 %rblock44, 32
  %196 = add i32 %195, 31
  %197 = call i32 @llvm.smin.i32(i32 %196, i32 %87)
  %198 = sdiv i32 %197, %nh
  %199 = add i32 %q_begin, %198
  %200 = add i32 %q_pos0, %199
  %201 = add i32 %200, 1
  %202 = call i32 @llvm.smin.i32(i32 %201, i32 %k_end)
  %203 = sub i32 %202, %ktile17
  %204 = call i32 @llvm.smin.i32(i32 %95, i32 %203)
  %205 = icmp sgt i32 %204, 0
  br i1 %205, label %rvisit, label %join

exit43:                                           ; preds = %rblock
  %206 = add nsw i32 %ktile17, 48
  br label %ktile

rvisit:                                           ; preds = %body41
  %207 = mul i64 %194, 4096
  %208 = getelementptr i32, ptr %qt, i64 %207
  %209 = getelementptr i32, ptr %ot, i64 %207
  %210 = mul i64 %194, 2
  %211 = getelementptr <16 x float>, ptr %mv, i64 %210
  %212 = getelementptr <16 x float>, ptr %lv, i64 %210
  %213 = mul i64 %194, 32
  %214 = getelementptr i32, ptr %lims, i64 %213
  %limv = load <16 x i32>, ptr %214, align 64
  %215 = add i64 %213, 16
  %216 = getelementptr i32, ptr %lims, i64 %215
  %limv45 = load <16 x i32>, ptr %216, align 64
  br label %sblock

join:                                             ; preds = %pvblock, %body41
  %217 = add nsw i32 %rblock44, 1
  br label %rblock

sblock:                                           ; preds = %exit52, %rvisit
  %sblock49 = phi i32 [ 0, %rvisit ], [ %301, %exit52 ]
  %218 = icmp slt i32 %sblock49, %204
  br i1 %218, label %body46, label %smask

body46:                                           ; preds = %sblock
  %219 = sext i32 %sblock49 to i64
  %220 = mul i64 %219, 128
  %221 = getelementptr i32, ptr %kbuf, i64 %220
  br label %sdim

sdim:                                             ; preds = %body50, %body46
  %sacc.sroa.92.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %274, %body50 ]
  %sacc.sroa.88.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %273, %body50 ]
  %sacc.sroa.84.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %270, %body50 ]
  %sacc.sroa.80.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %269, %body50 ]
  %sacc.sroa.76.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %266, %body50 ]
  %sacc.sroa.72.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %265, %body50 ]
  %sacc.sroa.68.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %262, %body50 ]
  %sacc.sroa.64.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %261, %body50 ]
  %sacc.sroa.60.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %258, %body50 ]
  %sacc.sroa.56.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %257, %body50 ]
  %sacc.sroa.52.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %254, %body50 ]
  %sacc.sroa.48.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %253, %body50 ]
  %sacc.sroa.44.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %250, %body50 ]
  %sacc.sroa.40.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %249, %body50 ]
  %sacc.sroa.36.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %246, %body50 ]
  %sacc.sroa.32.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %245, %body50 ]
  %sacc.sroa.28.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %242, %body50 ]
  %sacc.sroa.24.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %241, %body50 ]
  %sacc.sroa.20.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %238, %body50 ]
  %sacc.sroa.16.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %237, %body50 ]
  %sacc.sroa.12.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %234, %body50 ]
  %sacc.sroa.8.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %233, %body50 ]
  %sacc.sroa.4.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %230, %body50 ]
  %sacc.sroa.0.0 = phi <16 x float> [ zeroinitializer, %body46 ], [ %229, %body50 ]
  %sdim53 = phi i32 [ 0, %body46 ], [ %275, %body50 ]
  %222 = icmp slt i32 %sdim53, 128
  br i1 %222, label %body50, label %exit52

body50:                                           ; preds = %sdim
  %223 = sext i32 %sdim53 to i64
  %224 = mul i64 %223, 32
  %225 = getelementptr i32, ptr %208, i64 %224
  %qt54 = load <16 x float>, ptr %225, align 64
  %226 = getelementptr i32, ptr %225, i64 16
  %qt55 = load <16 x float>, ptr %226, align 64
  %227 = getelementptr i32, ptr %221, i64 %223
  %k = load float, ptr %227, align 4
  %228 = insertelement <16 x float> poison, float %k, i32 0
  %splat56 = shufflevector <16 x float> %228, <16 x float> poison, <16 x i32> zeroinitializer
  %229 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat56, <16 x float> %sacc.sroa.0.0)
  %230 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat56, <16 x float> %sacc.sroa.4.0)
  %231 = getelementptr i32, ptr %227, i64 128
  %k57 = load float, ptr %231, align 4
  %232 = insertelement <16 x float> poison, float %k57, i32 0
  %splat58 = shufflevector <16 x float> %232, <16 x float> poison, <16 x i32> zeroinitializer
  %233 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat58, <16 x float> %sacc.sroa.8.0)
  %234 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat58, <16 x float> %sacc.sroa.12.0)
  %235 = getelementptr i32, ptr %227, i64 256
  %k59 = load float, ptr %235, align 4
  %236 = insertelement <16 x float> poison, float %k59, i32 0
  %splat60 = shufflevector <16 x float> %236, <16 x float> poison, <16 x i32> zeroinitializer
  %237 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat60, <16 x float> %sacc.sroa.16.0)
  %238 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat60, <16 x float> %sacc.sroa.20.0)
  %239 = getelementptr i32, ptr %227, i64 384
  %k61 = load float, ptr %239, align 4
  %240 = insertelement <16 x float> poison, float %k61, i32 0
  %splat62 = shufflevector <16 x float> %240, <16 x float> poison, <16 x i32> zeroinitializer
  %241 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat62, <16 x float> %sacc.sroa.24.0)
  %242 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat62, <16 x float> %sacc.sroa.28.0)
  %243 = getelementptr i32, ptr %227, i64 512
  %k63 = load float, ptr %243, align 4
  %244 = insertelement <16 x float> poison, float %k63, i32 0
  %splat64 = shufflevector <16 x float> %244, <16 x float> poison, <16 x i32> zeroinitializer
  %245 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat64, <16 x float> %sacc.sroa.32.0)
  %246 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat64, <16 x float> %sacc.sroa.36.0)
  %247 = getelementptr i32, ptr %227, i64 640
  %k65 = load float, ptr %247, align 4
  %248 = insertelement <16 x float> poison, float %k65, i32 0
  %splat66 = shufflevector <16 x float> %248, <16 x float> poison, <16 x i32> zeroinitializer
  %249 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat66, <16 x float> %sacc.sroa.40.0)
  %250 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat66, <16 x float> %sacc.sroa.44.0)
  %251 = getelementptr i32, ptr %227, i64 768
  %k67 = load float, ptr %251, align 4
  %252 = insertelement <16 x float> poison, float %k67, i32 0
  %splat68 = shufflevector <16 x float> %252, <16 x float> poison, <16 x i32> zeroinitializer
  %253 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat68, <16 x float> %sacc.sroa.48.0)
  %254 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat68, <16 x float> %sacc.sroa.52.0)
  %255 = getelementptr i32, ptr %227, i64 896
  %k69 = load float, ptr %255, align 4
  %256 = insertelement <16 x float> poison, float %k69, i32 0
  %splat70 = shufflevector <16 x float> %256, <16 x float> poison, <16 x i32> zeroinitializer
  %257 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat70, <16 x float> %sacc.sroa.56.0)
  %258 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat70, <16 x float> %sacc.sroa.60.0)
  %259 = getelementptr i32, ptr %227, i64 1024
  %k71 = load float, ptr %259, align 4
  %260 = insertelement <16 x float> poison, float %k71, i32 0
  %splat72 = shufflevector <16 x float> %260, <16 x float> poison, <16 x i32> zeroinitializer
  %261 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat72, <16 x float> %sacc.sroa.64.0)
  %262 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat72, <16 x float> %sacc.sroa.68.0)
  %263 = getelementptr i32, ptr %227, i64 1152
  %k73 = load float, ptr %263, align 4
  %264 = insertelement <16 x float> poison, float %k73, i32 0
  %splat74 = shufflevector <16 x float> %264, <16 x float> poison, <16 x i32> zeroinitializer
  %265 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat74, <16 x float> %sacc.sroa.72.0)
  %266 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat74, <16 x float> %sacc.sroa.76.0)
  %267 = getelementptr i32, ptr %227, i64 1280
  %k75 = load float, ptr %267, align 4
  %268 = insertelement <16 x float> poison, float %k75, i32 0
  %splat76 = shufflevector <16 x float> %268, <16 x float> poison, <16 x i32> zeroinitializer
  %269 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat76, <16 x float> %sacc.sroa.80.0)
  %270 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat76, <16 x float> %sacc.sroa.84.0)
  %271 = getelementptr i32, ptr %227, i64 1408
  %k77 = load float, ptr %271, align 4
  %272 = insertelement <16 x float> poison, float %k77, i32 0
  %splat78 = shufflevector <16 x float> %272, <16 x float> poison, <16 x i32> zeroinitializer
  %273 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt54, <16 x float> %splat78, <16 x float> %sacc.sroa.88.0)
  %274 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %qt55, <16 x float> %splat78, <16 x float> %sacc.sroa.92.0)
  %275 = add nsw i32 %sdim53, 1
  br label %sdim

exit52:                                           ; preds = %sdim
  %276 = mul i64 %219, 32
  %277 = getelementptr i32, ptr %st, i64 %276
  store <16 x float> %sacc.sroa.0.0, ptr %277, align 64
  %278 = getelementptr i32, ptr %277, i64 16
  store <16 x float> %sacc.sroa.4.0, ptr %278, align 64
  %279 = getelementptr i32, ptr %277, i64 32
  store <16 x float> %sacc.sroa.8.0, ptr %279, align 64
  %280 = getelementptr i32, ptr %277, i64 48
  store <16 x float> %sacc.sroa.12.0, ptr %280, align 64
  %281 = getelementptr i32, ptr %277, i64 64
  store <16 x float> %sacc.sroa.16.0, ptr %281, align 64
  %282 = getelementptr i32, ptr %277, i64 80
  store <16 x float> %sacc.sroa.20.0, ptr %282, align 64
  %283 = getelementptr i32, ptr %277, i64 96
  store <16 x float> %sacc.sroa.24.0, ptr %283, align 64
  %284 = getelementptr i32, ptr %277, i64 112
  store <16 x float> %sacc.sroa.28.0, ptr %284, align 64
  %285 = getelementptr i32, ptr %277, i64 128
  store <16 x float> %sacc.sroa.32.0, ptr %285, align 64
  %286 = getelementptr i32, ptr %277, i64 144
  store <16 x float> %sacc.sroa.36.0, ptr %286, align 64
  %287 = getelementptr i32, ptr %277, i64 160
  store <16 x float> %sacc.sroa.40.0, ptr %287, align 64
  %288 = getelementptr i32, ptr %277, i64 176
  store <16 x float> %sacc.sroa.44.0, ptr %288, align 64
  %289 = getelementptr i32, ptr %277, i64 192
  store <16 x float> %sacc.sroa.48.0, ptr %289, align 64
  %290 = getelementptr i32, ptr %277, i64 208
  store <16 x float> %sacc.sroa.52.0, ptr %290, align 64
  %291 = getelementptr i32, ptr %277, i64 224
  store <16 x float> %sacc.sroa.56.0, ptr %291, align 64
  %292 = getelementptr i32, ptr %277, i64 240
  store <16 x float> %sacc.sroa.60.0, ptr %292, align 64
  %293 = getelementptr i32, ptr %277, i64 256
  store <16 x float> %sacc.sroa.64.0, ptr %293, align 64
  %294 = getelementptr i32, ptr %277, i64 272
  store <16 x float> %sacc.sroa.68.0, ptr %294, align 64
  %295 = getelementptr i32, ptr %277, i64 288
  store <16 x float> %sacc.sroa.72.0, ptr %295, align 64
  %296 = getelementptr i32, ptr %277, i64 304
  store <16 x float> %sacc.sroa.76.0, ptr %296, align 64
  %297 = getelementptr i32, ptr %277, i64 320
  store <16 x float> %sacc.sroa.80.0, ptr %297, align 64
  %298 = getelementptr i32, ptr %277, i64 336
  store <16 x float> %sacc.sroa.84.0, ptr %298, align 64
  %299 = getelementptr i32, ptr %277, i64 352
  store <16 x float> %sacc.sroa.88.0, ptr %299, align 64
  %300 = getelementptr i32, ptr %277, i64 368
  store <16 x float> %sacc.sroa.92.0, ptr %300, align 64
  %301 = add nsw i32 %sblock49, 12
  br label %sblock

smask:                                            ; preds = %sblock, %body79
  %tmax.sroa.4.0 = phi <16 x float> [ %315, %body79 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %tmax.sroa.0.0 = phi <16 x float> [ %310, %body79 ], [ <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, %sblock ]
  %smask82 = phi i32 [ %316, %body79 ], [ 0, %sblock ]
  %302 = icmp slt i32 %smask82, %204
  br i1 %302, label %body79, label %exit81

body79:                                           ; preds = %smask
  %303 = add i32 %ktile17, %smask82
  %304 = insertelement <16 x i32> poison, i32 %303, i32 0
  %splat83 = shufflevector <16 x i32> %304, <16 x i32> poison, <16 x i32> zeroinitializer
  %305 = sext i32 %smask82 to i64
  %306 = mul i64 %305, 32
  %307 = getelementptr i32, ptr %st, i64 %306
  %s = load <16 x float>, ptr %307, align 64
  %308 = icmp slt <16 x i32> %splat83, %limv
  %309 = select <16 x i1> %308, <16 x float> %s, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %309, ptr %307, align 64
  %310 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.0.0, <16 x float> %309)
  %311 = add i64 %306, 16
  %312 = getelementptr i32, ptr %st, i64 %311
  %s84 = load <16 x float>, ptr %312, align 64
  %313 = icmp slt <16 x i32> %splat83, %limv45
  %314 = select <16 x i1> %313, <16 x float> %s84, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  store <16 x float> %314, ptr %312, align 64
  %315 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %tmax.sroa.4.0, <16 x float> %314)
  %316 = add nsw i32 %smask82, 1
  br label %smask

exit81:                                           ; preds = %smask
  %m = load <16 x float>, ptr %211, align 64
  %317 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m, <16 x float> %tmax.sroa.0.0)
  %318 = fcmp oeq <16 x float> %317, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse85 = select <16 x i1> %318, <16 x float> zeroinitializer, <16 x float> %317
  %319 = fsub <16 x float> %m, %muse85
  %320 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %319, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %321 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %320, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %322 = fadd <16 x float> %321, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %322, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %321, %n
  %323 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %324 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %323, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %325 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %324, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %326 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %325, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %327 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %326, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %328 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %327, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %329 = fptosi <16 x float> %n to <16 x i32>
  %330 = add <16 x i32> %329, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %331 = shl <16 x i32> %330, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %332 = bitcast <16 x i32> %331 to <16 x float>
  %exp2 = fmul <16 x float> %328, %332
  store <16 x float> %317, ptr %211, align 64
  %333 = getelementptr <16 x float>, ptr %211, i64 1
  %m86 = load <16 x float>, ptr %333, align 64
  %334 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %m86, <16 x float> %tmax.sroa.4.0)
  %335 = fcmp oeq <16 x float> %334, <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %muse87 = select <16 x i1> %335, <16 x float> zeroinitializer, <16 x float> %334
  %336 = fsub <16 x float> %m86, %muse87
  %337 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %336, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %338 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %337, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %339 = fadd <16 x float> %338, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n88 = fsub <16 x float> %339, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f89 = fsub <16 x float> %338, %n88
  %340 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f89, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %341 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %340, <16 x float> %f89, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %342 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %341, <16 x float> %f89, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %343 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %342, <16 x float> %f89, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %344 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %343, <16 x float> %f89, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %345 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %344, <16 x float> %f89, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %346 = fptosi <16 x float> %n88 to <16 x i32>
  %347 = add <16 x i32> %346, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %348 = shl <16 x i32> %347, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %349 = bitcast <16 x i32> %348 to <16 x float>
  %exp290 = fmul <16 x float> %345, %349
  store <16 x float> %334, ptr %333, align 64
  br label %sexp

sexp:                                             ; preds = %body91, %exit81
  %lsum.sroa.4.0 = phi <16 x float> [ zeroinitializer, %exit81 ], [ %387, %body91 ]
  %lsum.sroa.0.0 = phi <16 x float> [ zeroinitializer, %exit81 ], [ %369, %body91 ]
  %sexp94 = phi i32 [ 0, %exit81 ], [ %388, %body91 ]
  %350 = icmp slt i32 %sexp94, %204
  br i1 %350, label %body91, label %exit93

body91:                                           ; preds = %sexp
  %351 = sext i32 %sexp94 to i64
  %352 = mul i64 %351, 32
  %353 = getelementptr i32, ptr %st, i64 %352
  %354 = load <16 x float>, ptr %353, align 64
  %355 = fsub <16 x float> %354, %muse85
  %356 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %355, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %357 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %356, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %358 = fadd <16 x float> %357, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n95 = fsub <16 x float> %358, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f96 = fsub <16 x float> %357, %n95
  %359 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f96, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %360 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %359, <16 x float> %f96, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %361 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %360, <16 x float> %f96, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %362 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %361, <16 x float> %f96, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %363 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %362, <16 x float> %f96, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %364 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %363, <16 x float> %f96, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %365 = fptosi <16 x float> %n95 to <16 x i32>
  %366 = add <16 x i32> %365, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %367 = shl <16 x i32> %366, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %368 = bitcast <16 x i32> %367 to <16 x float>
  %exp297 = fmul <16 x float> %364, %368
  store <16 x float> %exp297, ptr %353, align 64
  %369 = fadd <16 x float> %lsum.sroa.0.0, %exp297
  %370 = add i64 %352, 16
  %371 = getelementptr i32, ptr %st, i64 %370
  %372 = load <16 x float>, ptr %371, align 64
  %373 = fsub <16 x float> %372, %muse87
  %374 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %373, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %375 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %374, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %376 = fadd <16 x float> %375, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n98 = fsub <16 x float> %376, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f99 = fsub <16 x float> %375, %n98
  %377 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f99, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %378 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %377, <16 x float> %f99, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %379 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %378, <16 x float> %f99, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %380 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %379, <16 x float> %f99, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %381 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %380, <16 x float> %f99, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %382 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %381, <16 x float> %f99, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %383 = fptosi <16 x float> %n98 to <16 x i32>
  %384 = add <16 x i32> %383, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %385 = shl <16 x i32> %384, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %386 = bitcast <16 x i32> %385 to <16 x float>
  %exp2100 = fmul <16 x float> %382, %386
  store <16 x float> %exp2100, ptr %371, align 64
  %387 = fadd <16 x float> %lsum.sroa.4.0, %exp2100
  %388 = add nsw i32 %sexp94, 1
  br label %sexp

exit93:                                           ; preds = %sexp
  %389 = load <16 x float>, ptr %212, align 64
  %390 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %389, <16 x float> %exp2, <16 x float> %lsum.sroa.0.0)
  store <16 x float> %390, ptr %212, align 64
  %391 = getelementptr <16 x float>, ptr %212, i64 1
  %392 = load <16 x float>, ptr %391, align 64
  %393 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %392, <16 x float> %exp290, <16 x float> %lsum.sroa.4.0)
  store <16 x float> %393, ptr %391, align 64
  br label %pvblock

pvblock:                                          ; preds = %exit107, %exit93
  %pvblock104 = phi i32 [ 0, %exit93 ], [ %487, %exit107 ]
  %394 = icmp slt i32 %pvblock104, 16
  br i1 %394, label %body101, label %join

body101:                                          ; preds = %pvblock
  %395 = mul i32 %pvblock104, 8
  %396 = sext i32 %395 to i64
  %397 = mul i64 %396, 32
  %398 = getelementptr i32, ptr %209, i64 %397
  %399 = load <16 x float>, ptr %398, align 64
  %400 = fmul <16 x float> %399, %exp2
  %401 = getelementptr i32, ptr %398, i64 16
  %402 = load <16 x float>, ptr %401, align 64
  %403 = fmul <16 x float> %402, %exp290
  %404 = getelementptr i32, ptr %398, i64 32
  %405 = load <16 x float>, ptr %404, align 64
  %406 = fmul <16 x float> %405, %exp2
  %407 = getelementptr i32, ptr %398, i64 48
  %408 = load <16 x float>, ptr %407, align 64
  %409 = fmul <16 x float> %408, %exp290
  %410 = getelementptr i32, ptr %398, i64 64
  %411 = load <16 x float>, ptr %410, align 64
  %412 = fmul <16 x float> %411, %exp2
  %413 = getelementptr i32, ptr %398, i64 80
  %414 = load <16 x float>, ptr %413, align 64
  %415 = fmul <16 x float> %414, %exp290
  %416 = getelementptr i32, ptr %398, i64 96
  %417 = load <16 x float>, ptr %416, align 64
  %418 = fmul <16 x float> %417, %exp2
  %419 = getelementptr i32, ptr %398, i64 112
  %420 = load <16 x float>, ptr %419, align 64
  %421 = fmul <16 x float> %420, %exp290
  %422 = getelementptr i32, ptr %398, i64 128
  %423 = load <16 x float>, ptr %422, align 64
  %424 = fmul <16 x float> %423, %exp2
  %425 = getelementptr i32, ptr %398, i64 144
  %426 = load <16 x float>, ptr %425, align 64
  %427 = fmul <16 x float> %426, %exp290
  %428 = getelementptr i32, ptr %398, i64 160
  %429 = load <16 x float>, ptr %428, align 64
  %430 = fmul <16 x float> %429, %exp2
  %431 = getelementptr i32, ptr %398, i64 176
  %432 = load <16 x float>, ptr %431, align 64
  %433 = fmul <16 x float> %432, %exp290
  %434 = getelementptr i32, ptr %398, i64 192
  %435 = load <16 x float>, ptr %434, align 64
  %436 = fmul <16 x float> %435, %exp2
  %437 = getelementptr i32, ptr %398, i64 208
  %438 = load <16 x float>, ptr %437, align 64
  %439 = fmul <16 x float> %438, %exp290
  %440 = getelementptr i32, ptr %398, i64 224
  %441 = load <16 x float>, ptr %440, align 64
  %442 = fmul <16 x float> %441, %exp2
  %443 = getelementptr i32, ptr %398, i64 240
  %444 = load <16 x float>, ptr %443, align 64
  %445 = fmul <16 x float> %444, %exp290
  br label %kpv

kpv:                                              ; preds = %body105, %body101
  %o.sroa.44.0 = phi <16 x float> [ %433, %body101 ], [ %477, %body105 ]
  %o.sroa.40.0 = phi <16 x float> [ %430, %body101 ], [ %476, %body105 ]
  %o.sroa.36.0 = phi <16 x float> [ %427, %body101 ], [ %473, %body105 ]
  %o.sroa.32.0 = phi <16 x float> [ %424, %body101 ], [ %472, %body105 ]
  %o.sroa.28.0 = phi <16 x float> [ %421, %body101 ], [ %469, %body105 ]
  %o.sroa.24.0 = phi <16 x float> [ %418, %body101 ], [ %468, %body105 ]
  %o.sroa.20.0 = phi <16 x float> [ %415, %body101 ], [ %465, %body105 ]
  %o.sroa.16.0 = phi <16 x float> [ %412, %body101 ], [ %464, %body105 ]
  %o.sroa.12.0 = phi <16 x float> [ %409, %body101 ], [ %461, %body105 ]
  %o.sroa.8.0 = phi <16 x float> [ %406, %body101 ], [ %460, %body105 ]
  %o.sroa.4.0 = phi <16 x float> [ %403, %body101 ], [ %457, %body105 ]
  %o.sroa.0.0 = phi <16 x float> [ %400, %body101 ], [ %456, %body105 ]
  %o.sroa.48.0 = phi <16 x float> [ %436, %body101 ], [ %480, %body105 ]
  %o.sroa.52.0 = phi <16 x float> [ %439, %body101 ], [ %481, %body105 ]
  %o.sroa.56.0 = phi <16 x float> [ %442, %body101 ], [ %484, %body105 ]
  %o.sroa.60.0 = phi <16 x float> [ %445, %body101 ], [ %485, %body105 ]
  %kpv108 = phi i32 [ 0, %body101 ], [ %486, %body105 ]
  %446 = icmp slt i32 %kpv108, %204
  br i1 %446, label %body105, label %exit107

body105:                                          ; preds = %kpv
  %447 = sext i32 %kpv108 to i64
  %448 = mul i64 %447, 32
  %449 = getelementptr i32, ptr %st, i64 %448
  %p = load <16 x float>, ptr %449, align 64
  %450 = add i64 %448, 16
  %451 = getelementptr i32, ptr %st, i64 %450
  %p109 = load <16 x float>, ptr %451, align 64
  %452 = mul i64 %447, 512
  %453 = getelementptr i8, ptr %vbuf, i64 %452
  %454 = getelementptr i32, ptr %453, i64 %396
  %v = load float, ptr %454, align 4
  %455 = insertelement <16 x float> poison, float %v, i32 0
  %splat110 = shufflevector <16 x float> %455, <16 x float> poison, <16 x i32> zeroinitializer
  %456 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat110, <16 x float> %o.sroa.0.0)
  %457 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat110, <16 x float> %o.sroa.4.0)
  %458 = getelementptr i32, ptr %454, i64 1
  %v111 = load float, ptr %458, align 4
  %459 = insertelement <16 x float> poison, float %v111, i32 0
  %splat112 = shufflevector <16 x float> %459, <16 x float> poison, <16 x i32> zeroinitializer
  %460 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat112, <16 x float> %o.sroa.8.0)
  %461 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat112, <16 x float> %o.sroa.12.0)
  %462 = getelementptr i32, ptr %454, i64 2
  %v113 = load float, ptr %462, align 4
  %463 = insertelement <16 x float> poison, float %v113, i32 0
  %splat114 = shufflevector <16 x float> %463, <16 x float> poison, <16 x i32> zeroinitializer
  %464 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat114, <16 x float> %o.sroa.16.0)
  %465 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat114, <16 x float> %o.sroa.20.0)
  %466 = getelementptr i32, ptr %454, i64 3
  %v115 = load float, ptr %466, align 4
  %467 = insertelement <16 x float> poison, float %v115, i32 0
  %splat116 = shufflevector <16 x float> %467, <16 x float> poison, <16 x i32> zeroinitializer
  %468 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat116, <16 x float> %o.sroa.24.0)
  %469 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat116, <16 x float> %o.sroa.28.0)
  %470 = getelementptr i32, ptr %454, i64 4
  %v117 = load float, ptr %470, align 4
  %471 = insertelement <16 x float> poison, float %v117, i32 0
  %splat118 = shufflevector <16 x float> %471, <16 x float> poison, <16 x i32> zeroinitializer
  %472 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat118, <16 x float> %o.sroa.32.0)
  %473 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat118, <16 x float> %o.sroa.36.0)
  %474 = getelementptr i32, ptr %454, i64 5
  %v119 = load float, ptr %474, align 4
  %475 = insertelement <16 x float> poison, float %v119, i32 0
  %splat120 = shufflevector <16 x float> %475, <16 x float> poison, <16 x i32> zeroinitializer
  %476 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat120, <16 x float> %o.sroa.40.0)
  %477 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat120, <16 x float> %o.sroa.44.0)
  %478 = getelementptr i32, ptr %454, i64 6
  %v121 = load float, ptr %478, align 4
  %479 = insertelement <16 x float> poison, float %v121, i32 0
  %splat122 = shufflevector <16 x float> %479, <16 x float> poison, <16 x i32> zeroinitializer
  %480 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat122, <16 x float> %o.sroa.48.0)
  %481 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat122, <16 x float> %o.sroa.52.0)
  %482 = getelementptr i32, ptr %454, i64 7
  %v123 = load float, ptr %482, align 4
  %483 = insertelement <16 x float> poison, float %v123, i32 0
  %splat124 = shufflevector <16 x float> %483, <16 x float> poison, <16 x i32> zeroinitializer
  %484 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p, <16 x float> %splat124, <16 x float> %o.sroa.56.0)
  %485 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %p109, <16 x float> %splat124, <16 x float> %o.sroa.60.0)
  %486 = add nsw i32 %kpv108, 1
  br label %kpv

exit107:                                          ; preds = %kpv
  store <16 x float> %o.sroa.0.0, ptr %398, align 64
  store <16 x float> %o.sroa.4.0, ptr %401, align 64
  store <16 x float> %o.sroa.8.0, ptr %404, align 64
  store <16 x float> %o.sroa.12.0, ptr %407, align 64
  store <16 x float> %o.sroa.16.0, ptr %410, align 64
  store <16 x float> %o.sroa.20.0, ptr %413, align 64
  store <16 x float> %o.sroa.24.0, ptr %416, align 64
  store <16 x float> %o.sroa.28.0, ptr %419, align 64
  store <16 x float> %o.sroa.32.0, ptr %422, align 64
  store <16 x float> %o.sroa.36.0, ptr %425, align 64
  store <16 x float> %o.sroa.40.0, ptr %428, align 64
  store <16 x float> %o.sroa.44.0, ptr %431, align 64
  store <16 x float> %o.sroa.48.0, ptr %434, align 64
  store <16 x float> %o.sroa.52.0, ptr %437, align 64
  store <16 x float> %o.sroa.56.0, ptr %440, align 64
  store <16 x float> %o.sroa.60.0, ptr %443, align 64
  %487 = add nsw i32 %pvblock104, 1
  br label %pvblock

orow125:                                          ; preds = %written, %exit16
  %orow129 = phi i32 [ 0, %exit16 ], [ %523, %written ]
  %488 = icmp slt i32 %orow129, %nrows
  br i1 %488, label %body126, label %done

body126:                                          ; preds = %orow125
  %489 = sext i32 %orow129 to i64
  %490 = getelementptr float, ptr %ms, i64 %489
  %m130 = load float, ptr %490, align 4
  %491 = getelementptr float, ptr %ls, i64 %489
  %l = load float, ptr %491, align 4
  %492 = sdiv i32 %orow129, 32
  %493 = srem i32 %orow129, 32
  %494 = sext i32 %492 to i64
  %495 = mul i64 %494, 4096
  %496 = getelementptr i32, ptr %ot, i64 %495
  br label %otrow

otrow:                                            ; preds = %body131, %body126
  %otrow134 = phi i32 [ 0, %body126 ], [ %505, %body131 ]
  %497 = icmp slt i32 %otrow134, 128
  br i1 %497, label %body131, label %exit133

body131:                                          ; preds = %otrow
  %498 = sext i32 %493 to i64
  %499 = sext i32 %otrow134 to i64
  %500 = mul i64 %499, 32
  %501 = add i64 %500, %498
  %502 = getelementptr i32, ptr %496, i64 %501
  %503 = load float, ptr %502, align 4
  %504 = getelementptr i32, ptr %rowbuf, i64 %499
  store float %503, ptr %504, align 4
  %505 = add nsw i32 %otrow134, 1
  br label %otrow

exit133:                                          ; preds = %otrow
  %506 = icmp ne ptr %part, null
  br i1 %506, label %partial, label %final

partial:                                          ; preds = %exit133
  %507 = sext i32 %nrows to i64
  %508 = mul i64 %489, 128
  %509 = getelementptr float, ptr %part, i64 %508
  br label %chunk135

final:                                            ; preds = %exit133
  %510 = sdiv i32 %orow129, %nh
  %qi140 = add i32 %q_begin, %510
  %511 = srem i32 %orow129, %nh
  %h141 = add i32 %h_begin, %511
  %512 = mul i32 %kv_head, 4
  %hq142 = add i32 %512, %h141
  %513 = sext i32 %qi140 to i64
  %514 = add i64 %q_row0, %513
  %515 = mul i64 %514, 32
  %516 = sext i32 %hq142 to i64
  %orow143 = add i64 %515, %516
  %517 = fcmp oeq float %l, 0.000000e+00
  %518 = fdiv float 1.000000e+00, %l
  %519 = select i1 %517, float 0.000000e+00, float %518
  %520 = mul i64 %orow143, 512
  %521 = getelementptr i8, ptr %out, i64 %520
  %522 = insertelement <16 x float> poison, float %519, i32 0
  %splat144 = shufflevector <16 x float> %522, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk145

written:                                          ; preds = %exit148, %exit138
  %523 = add nsw i32 %orow129, 1
  br label %orow125

chunk135:                                         ; preds = %body136, %partial
  %chunk139 = phi i64 [ 0, %partial ], [ %529, %body136 ]
  %524 = icmp slt i64 %chunk139, 8
  br i1 %524, label %body136, label %exit138

body136:                                          ; preds = %chunk135
  %525 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk139
  %526 = load <16 x float>, ptr %525, align 64
  %527 = mul i64 %chunk139, 64
  %528 = getelementptr i8, ptr %509, i64 %527
  store <16 x float> %526, ptr %528, align 4
  %529 = add nsw i64 %chunk139, 1
  br label %chunk135

exit138:                                          ; preds = %chunk135
  %530 = mul i64 %507, 128
  %531 = add i64 %530, %489
  %532 = getelementptr float, ptr %part, i64 %531
  store float %m130, ptr %532, align 4
  %533 = add i64 %531, %507
  %534 = getelementptr float, ptr %part, i64 %533
  store float %l, ptr %534, align 4
  br label %written

chunk145:                                         ; preds = %body146, %final
  %chunk149 = phi i64 [ 0, %final ], [ %541, %body146 ]
  %535 = icmp slt i64 %chunk149, 8
  br i1 %535, label %body146, label %exit148

body146:                                          ; preds = %chunk145
  %536 = getelementptr <16 x float>, ptr %rowbuf, i64 %chunk149
  %537 = load <16 x float>, ptr %536, align 64
  %538 = fmul <16 x float> %537, %splat144
  %539 = mul i64 %chunk149, 64
  %540 = getelementptr i8, ptr %521, i64 %539
  store <16 x float> %538, ptr %540, align 4
  %541 = add nsw i64 %chunk149, 1
  br label %chunk145

exit148:                                          ; preds = %chunk145
  %542 = call float @llvm.log.f32(float %l)
  %543 = call float @llvm.fmuladd.f32(float %m130, float 0x3FE62E4300000000, float %542)
  %lse150 = select i1 %517, float 0xFFF0000000000000, float %543
  %544 = getelementptr float, ptr %lse, i64 %orow143
  store float %lse150, ptr %544, align 4
  br label %written
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.log.f32(float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @llama3_8b(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr @llama3_8b_kernel, ptr %0)
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @llama3_8b_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr @llama3_8b_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @llama3_8b_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr @llama3_8b_kernel, ptr %0, i64 %1)
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @llama3_8b_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr @llama3_8b_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @llama3_8b_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr @llama3_8b_kernel, ptr %0)
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @llama3_8b_info() #0 {
entry:
  ret ptr @llama3_8b_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
